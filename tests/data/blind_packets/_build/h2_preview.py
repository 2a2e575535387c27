import pypdfium2 as pdfium, glob, os, sys
out = '/tmp/blind2/_build/h2_preview'
for f in sorted(glob.glob(sys.argv[1])):
    pdf = pdfium.PdfDocument(f)
    for i in range(len(pdf)):
        img = pdf[i].render(scale=float(sys.argv[2]) if len(sys.argv) > 2 else 1.3).to_pil()
        img.save(os.path.join(out, '%s_p%d.png' % (os.path.basename(f)[:-4], i + 1)))
print(sorted(os.listdir(out)))
