"""The conversational review assistant: a dialogue engine with no UI code.

``Dialogue(review).reply(text) -> Reply`` understands what a reviewer types,
answers questions from the packet and the policy (always citing document and
page), leads a guided review, and turns commands in words into the same
``ReviewState`` calls the keyboard actions make. Two front ends use it: the chat
pane of the review workspace (assistant/tui/) and ``mrs-review chat``
(assistant/chat.py).

Understanding is data-driven: ``lexicons/intents.json`` holds the intent
phrases, criterion names, topics, synonyms, misspellings and abbreviations. A
phrase matches when all its words are in the utterance (any order), after
normalisation and rapidfuzz typo correction. Anything not understood gets a
short answer listing what the assistant can do and never changes the case; a
case-changing command whose match was not exact is echoed and waits for "yes".
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Iterable, Protocol

from rapidfuzz import fuzz, process

from assistant.evaluate import combine_all, combine_any, decide_outcome, finding_date, supports
from assistant.policy import Criterion, Policy, load_policy
from assistant.types import Assessment
from extractors.lexicon import LexiconError, check_keys, load_json
from extractors.types import Finding

log = logging.getLogger(__name__)

INTENTS_FILE = "intents.json"
KINDS = ("question", "command", "answer", "navigation", "draft")
REASON_COMMANDS = {"reject", "set_met", "set_not_met", "set_unknown", "approve", "refer", "request_info", "no"}
DECISIONS = {"approve": "approve", "refer": "refer_to_physician_reviewer",
             "request_info": "request_additional_information"}
DECISION_WORDS = {"approve": "approve", "refer_to_physician_reviewer": "refer to a physician reviewer",
                  "request_additional_information": "request additional information"}
OUTCOME_WORDS = {"meets_criteria": "meets criteria", "does_not_meet_criteria": "does not meet criteria",
                 "insufficient_information": "insufficient information"}
STATUS_WORDS = {"met": "met", "not_met": "not met", "unknown": "unknown"}
FINDING_ID = re.compile(r"(?<![a-z0-9])([fr]\d+)(?![a-z0-9])")
REASON_SPLIT = re.compile(r",|;|\s+because\s+|\s+since\s+|\s+-\s+|\s+\u2014\s+|\s+\u2013\s+")


# ---- the reply ------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Citation:
    """Where an answer's evidence is: enough for a UI to open and highlight it."""
    document: str
    page: int
    finding_id: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Action:
    """One case-changing step, the same call a keyboard action makes on ReviewState."""
    kind: str  # confirm | reject | set_leaf | undo | decide
    finding_id: str | None = None
    criterion: str | None = None
    status: str | None = None
    reason: str = ""
    decision: str | None = None
    criteria: tuple[str, ...] = ()
    document: str | None = None  # add_evidence: where the reviewer read it
    page: int | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class Pending:
    """A case-changing command waiting for the reviewer: a reason, then (if the match was inexact) a yes."""
    prompt: str  # what it is about to do, in words
    actions: tuple[Action, ...]
    needs_reason: bool = False
    exact: bool = False


@dataclass(frozen=True, slots=True)
class Reply:
    text: str
    citations: tuple[Citation, ...] = ()
    changed_case: bool = False  # this reply wrote audit events
    pending: Pending | None = None  # waiting for a reason or a yes
    intent: str | None = None
    criterion: str | None = None
    focus: Citation | None = None  # what a UI should select/highlight now (guided review)
    finished: bool = False  # the guided review reached its end

    @property
    def changes_case(self) -> bool:
        """True when this reply changed the case or asks to (a pending confirmation)."""
        return self.changed_case or self.pending is not None


@dataclass(frozen=True, slots=True)
class Understanding:
    """What an utterance was read as; ``exact`` is False when typo correction or fuzzy matching was needed."""
    intent: str | None
    criterion: str | None = None
    topic: str | None = None
    finding_ids: tuple[str, ...] = ()
    reason: str = ""
    exact: bool = True
    kind: str | None = None


# ---- the review state the engine drives -------------------------------------------

class CaseReview(Protocol):
    """What the engine needs from assistant/review_state.py's ReviewState."""

    @property
    def assessment(self) -> Assessment: ...

    def confirm(self, finding_id: str) -> Any: ...

    def reject(self, finding_id: str, reason: str) -> Any: ...

    def set_leaf(self, criterion: str, status: str, reason: str) -> Any: ...

    def undo(self) -> Any: ...

    def decide(self, decision: str, reason: str = "", missing: Iterable[str] = ()) -> Any: ...


# ---- the lexicon ------------------------------------------------------------------

@dataclass(frozen=True)
class Phrase:
    owner: str  # intent name, criterion id or topic name
    tokens: tuple[str, ...]
    text: str
    order: int


@dataclass(frozen=True)
class IntentLexicon:
    replacements: dict[str, str]  # variant -> canonical (normalised)
    replace_pattern: re.Pattern
    intents: dict[str, dict]  # name -> {"kind", "at_start"}
    intent_phrases: tuple[Phrase, ...]
    criterion_phrases: tuple[Phrase, ...]
    criterion_documents: dict[str, str]
    topic_phrases: tuple[Phrase, ...]
    topic_concepts: dict[str, tuple[str, ...]]
    topic_labels: dict[str, str]
    fillers: frozenset[str]
    question_words: frozenset[str]
    keep_words: frozenset[str]
    vocabulary: tuple[str, ...]  # every word a phrase uses: the typo-correction targets
    vocabulary_set: frozenset[str]
    variant_words: dict[str, str]  # single-word variants, corrected then mapped to canonical

    def normalise(self, text: str) -> str:
        lower = text.lower().replace("\u2019", "'").replace("\u2018", "'")
        lower = re.sub(r"[^a-z0-9'\- ]+", " ", lower)
        lower = re.sub(r"\s+", " ", lower).strip()
        return self.replace_pattern.sub(lambda m: self.replacements[m.group(0)], lower)

    def tokens(self, text: str) -> list[str]:
        return re.findall(r"[a-z0-9]+", self.normalise(text))


_TOP_KEYS = {"about", "synonyms", "abbreviations", "misspellings", "fillers", "question_words", "keep_words",
             "intents", "criteria", "topics"}


def load_intents(name: str = INTENTS_FILE, data: dict | None = None) -> IntentLexicon:
    """Load and check the dialogue vocabulary; unknown keys fail loudly, naming the file and entry."""
    data = load_json(name) if data is None else data
    if not isinstance(data, dict):
        raise LexiconError(f"{name}: expected a JSON object at the top level")
    check_keys(data, _TOP_KEYS, name, required=("intents", "criteria"))
    replacements: dict[str, str] = {}
    for list_name in ("synonyms", "abbreviations", "misspellings"):
        table = data.get(list_name, {}) or {}
        if not isinstance(table, dict):
            raise LexiconError(f"{name}: {list_name} must map a canonical word to a list of variants")
        for canonical, variants in table.items():
            if not isinstance(variants, list) or not all(isinstance(v, str) for v in variants):
                raise LexiconError(f"{name}: {list_name}.{canonical}: expected a list of strings")
            replacements.setdefault(canonical.lower(), canonical.lower())
            for variant in variants:
                variant = variant.lower()
                if replacements.get(variant, canonical.lower()) != canonical.lower():
                    raise LexiconError(f"{name}: {list_name}.{canonical}: \u201c{variant}\u201d already stands for "
                                       f"\u201c{replacements[variant]}\u201d")
                replacements[variant] = canonical.lower()
    # longest first so "date of birth" wins over "date of"; canonicals map to themselves so they are kept whole
    alternatives = sorted(replacements, key=len, reverse=True)
    pattern = re.compile(r"(?<![a-z0-9'])(?:" + "|".join(re.escape(a) for a in alternatives) + r")(?![a-z0-9'])")

    partial = IntentLexicon(replacements, pattern, {}, (), (), {}, (), {}, {}, frozenset(), frozenset(), frozenset(),
                            (), frozenset(), {})

    def phrases(owner: str, values, where: str, start: int) -> list[Phrase]:
        if not isinstance(values, list) or not values:
            raise LexiconError(f"{where}: phrases must be a non-empty list of strings")
        result = []
        for offset, value in enumerate(values):
            tokens = tuple(dict.fromkeys(partial.tokens(value)))
            if not tokens:
                raise LexiconError(f"{where}: phrase \u201c{value}\u201d has no words after normalisation")
            result.append(Phrase(owner, tokens, value, start + offset))
        return result

    intents: dict[str, dict] = {}
    intent_phrases: list[Phrase] = []
    for index, entry in enumerate(data["intents"]):
        where = f"{name}: intents[{index}] ({entry.get('intent')})"
        check_keys(entry, {"intent", "kind", "phrases", "at_start"}, where, required=("intent", "kind", "phrases"))
        if entry["kind"] not in KINDS:
            raise LexiconError(f"{where}: kind must be one of {', '.join(KINDS)}")
        if entry["intent"] in intents:
            raise LexiconError(f"{where}: intent listed twice")
        intents[entry["intent"]] = {"kind": entry["kind"], "at_start": bool(entry.get("at_start"))}
        intent_phrases += phrases(entry["intent"], entry["phrases"], where, len(intent_phrases))
    _refuse_shared_phrases(intent_phrases, f"{name}: intents")

    criterion_phrases: list[Phrase] = []
    criterion_documents: dict[str, str] = {}
    for index, entry in enumerate(data["criteria"]):
        where = f"{name}: criteria[{index}] ({entry.get('criterion')})"
        check_keys(entry, {"criterion", "phrases", "documents"}, where, required=("criterion", "phrases"))
        criterion_phrases += phrases(entry["criterion"], entry["phrases"], where, len(criterion_phrases))
        if entry.get("documents"):
            criterion_documents[entry["criterion"]] = entry["documents"]
    _refuse_shared_phrases(criterion_phrases, f"{name}: criteria")

    known_concepts = {c["name"] for c in load_json("concepts.json")["concepts"]}
    topic_phrases: list[Phrase] = []
    topic_concepts: dict[str, tuple[str, ...]] = {}
    topic_labels: dict[str, str] = {}
    for index, entry in enumerate(data.get("topics", []) or []):
        where = f"{name}: topics[{index}] ({entry.get('topic')})"
        check_keys(entry, {"topic", "label", "concepts", "phrases"}, where, required=("topic", "concepts", "phrases"))
        topic_labels[entry["topic"]] = entry.get("label", entry["topic"])
        unknown = sorted(set(entry["concepts"]) - known_concepts)
        if unknown:
            raise LexiconError(f"{where}: unknown concept(s) {', '.join(unknown)} (see concepts.json)")
        topic_concepts[entry["topic"]] = tuple(entry["concepts"])
        topic_phrases += phrases(entry["topic"], entry["phrases"], where, len(topic_phrases))

    def word_set(key: str) -> frozenset[str]:
        return frozenset(t for value in data.get(key, []) or [] for t in partial.tokens(value))

    vocabulary = sorted({t for p in intent_phrases + criterion_phrases + topic_phrases for t in p.tokens})
    variant_words = {v: c for v, c in replacements.items() if re.fullmatch(r"[a-z0-9]+", v) and v != c}
    return IntentLexicon(
        replacements=replacements, replace_pattern=pattern, intents=intents, intent_phrases=tuple(intent_phrases),
        criterion_phrases=tuple(criterion_phrases), criterion_documents=criterion_documents,
        topic_phrases=tuple(topic_phrases), topic_concepts=topic_concepts, topic_labels=topic_labels,
        fillers=frozenset(t for value in data.get("fillers", []) or [] for t in re.findall(r"[a-z0-9]+", value.lower())),
        question_words=word_set("question_words"), keep_words=frozenset(w.lower() for w in data.get("keep_words", [])),
        vocabulary=tuple(vocabulary), vocabulary_set=frozenset(vocabulary), variant_words=variant_words,
    )


def _refuse_shared_phrases(phrases: list[Phrase], where: str) -> None:
    owners: dict[tuple[str, ...], str] = {}
    for phrase in phrases:
        key = tuple(sorted(phrase.tokens))
        other = owners.setdefault(key, phrase.owner)
        if other != phrase.owner:
            raise LexiconError(f"{where}: \u201c{phrase.text}\u201d reads the same for {other} and {phrase.owner}")


@lru_cache(maxsize=4)
def default_lexicon() -> IntentLexicon:
    return load_intents()


def check_lexicon_covers(lexicon: IntentLexicon, policy: Policy) -> None:
    """Every criterion the policy has is nameable, and every named criterion exists."""
    ids = {node.id for node in policy.criteria()}
    named = {p.owner for p in lexicon.criterion_phrases}
    unknown = sorted(named - ids)
    if unknown:
        raise LexiconError(f"{INTENTS_FILE}: unknown criterion id(s) {', '.join(unknown)} for policy {policy.id}")
    missing = sorted(leaf.id for leaf in policy.leaves() if leaf.id not in named)
    if missing:
        raise LexiconError(f"{INTENTS_FILE}: no phrases for leaf id(s) {', '.join(missing)}")


# ---- understanding ------------------------------------------------------------------

def _correct(lexicon: IntentLexicon, tokens: list[str]) -> tuple[list[str], set[str]]:
    """Typo correction against the phrase vocabulary; returns the tokens and the ones that were guessed."""
    corrected, guessed = [], set()
    for token in tokens:
        if (len(token) < 4 or token in lexicon.vocabulary_set or token in lexicon.keep_words
                or token in lexicon.fillers or token.isdigit() or FINDING_ID.fullmatch(token)):
            corrected.append(token)
            continue
        best = process.extractOne(token, lexicon.vocabulary, scorer=fuzz.ratio, score_cutoff=80)
        if best is None:
            variant = process.extractOne(token, list(lexicon.variant_words), scorer=fuzz.ratio, score_cutoff=85)
            if variant is not None:
                best = (lexicon.variant_words[variant[0]],)
        if best is None:
            corrected.append(token)
            continue
        for word in best[0].split():
            corrected.append(word)
            guessed.add(word)
    return corrected, guessed


def _match(phrases: Iterable[Phrase], tokens: list[str], first: str | None):
    present = set(tokens)
    best = None
    for phrase in phrases:
        if not set(phrase.tokens) <= present:
            continue
        key = (phrase.tokens[0] == first, len(phrase.tokens), sum(map(len, phrase.tokens)), -phrase.order)
        if best is None or key > best[0]:
            best = (key, phrase)
    return best[1] if best else None


def understand(lexicon: IntentLexicon, text: str) -> Understanding:
    """Read one utterance: intent, criterion, topic, finding ids and reason. Pure."""
    raw = text.strip()
    head, colon, after = raw.partition(":")
    reason = after.strip() if colon else ""
    tokens, guessed = _correct(lexicon, lexicon.tokens(head))
    content = [t for t in tokens if t not in lexicon.fillers] or tokens
    first = content[0] if content else None
    finding_ids = tuple(dict.fromkeys(FINDING_ID.findall(head.lower())))
    if not content:
        return Understanding(None, reason=reason)

    question_led = first in lexicon.question_words
    candidates = []
    short_head = REASON_SPLIT.split(head, maxsplit=1)[0]
    short_tokens, short_guessed = _correct(lexicon, lexicon.tokens(short_head))
    short_content = [t for t in short_tokens if t not in lexicon.fillers] or short_tokens
    for phrase in lexicon.intent_phrases:
        meta = lexicon.intents[phrase.owner]
        if meta["at_start"]:
            # "yes"/"no" only as the whole answer or its lead clause ("no, it's the mother's history")
            if not (tuple(content) == phrase.tokens or tuple(short_content) == phrase.tokens):
                continue
            candidates.append(phrase)
            continue
        if question_led and meta["kind"] == "command":
            continue
        candidates.append(phrase)
    intent_phrase = _match(candidates, content, first)
    exact = True
    if intent_phrase is None:
        intent, exact = _fuzzy_intent(lexicon, content, question_led)
    else:
        intent = intent_phrase.owner
        exact = not (set(intent_phrase.tokens) & guessed)
    if intent is None:
        return Understanding(None, finding_ids=finding_ids, reason=reason, exact=False)
    kind = lexicon.intents[intent]["kind"]

    # the target is named before any reason ("reject the HIE finding, it's the mother's history")
    target_tokens, target_guessed = tokens, guessed
    if intent in REASON_COMMANDS and not colon:
        parts = REASON_SPLIT.split(head, maxsplit=1)
        if len(parts) == 2 and parts[1].strip():
            reason = parts[1].strip()
            target_tokens, target_guessed = short_tokens, short_guessed
    if intent == "no" and not reason:
        rest = head.strip()
        words = rest.split(None, 1)
        reason = words[1].strip(" ,.;-") if len(words) == 2 and tuple(short_content) == tuple(content[:1]) else ""
    criterion_phrase = _match(lexicon.criterion_phrases, target_tokens, None)
    criterion = criterion_phrase.owner if criterion_phrase else None
    if criterion_phrase and set(criterion_phrase.tokens) & target_guessed:
        exact = False
    topic_phrase = _match(lexicon.topic_phrases, target_tokens, None)
    return Understanding(intent=intent, criterion=criterion, topic=topic_phrase.owner if topic_phrase else None,
                         finding_ids=finding_ids, reason=reason, exact=exact, kind=kind)


def _fuzzy_intent(lexicon: IntentLexicon, content: list[str], question_led: bool) -> tuple[str | None, bool]:
    utterance = " ".join(content)
    choices = {}
    for phrase in lexicon.intent_phrases:
        meta = lexicon.intents[phrase.owner]
        if len(phrase.text) < 4 or meta["at_start"] or (question_led and meta["kind"] == "command"):
            continue
        choices[" ".join(phrase.tokens)] = phrase.owner
    best = process.extractOne(utterance, list(choices), scorer=fuzz.ratio, score_cutoff=85)
    return (choices[best[0]], False) if best else (None, False)


# ---- reading the case ---------------------------------------------------------------

def where(finding: Finding) -> str:
    return f"{finding.document} p{finding.page}"


def cite(finding: Finding) -> Citation:
    return Citation(finding.document, finding.page, finding.id, finding.start, finding.end)


def flags(finding: Finding) -> str:
    names = [name for name, value in finding.assertion.as_dict().items() if value]
    return f" [{', '.join(names)}]" if names else ""


def snippet(finding: Finding, limit: int = 140) -> str:
    sentence = " ".join((finding.sentence or finding.text).split())
    if len(sentence) > limit:
        index = max(sentence.lower().find(finding.text.lower()), 0)
        start = max(0, min(index - limit // 3, len(sentence) - limit))
        sentence = ("\u2026" if start else "") + sentence[start:start + limit].strip() + "\u2026"
    return f"\u201c{sentence}\u201d ({where(finding)})"


def _tree_statuses(policy: Policy, leaf_status: dict[str, str], fixed: dict[str, str]) -> dict[str, str]:
    statuses: dict[str, str] = {}

    def visit(node: Criterion) -> str:
        if node.is_leaf:
            status = leaf_status[node.id]
        else:
            children = [visit(child) for child in node.children]
            status = combine_any(children) if node.combine == "any" else combine_all(children)
            status = fixed.get(node.id, status)
        statuses[node.id] = status
        return status

    for root in policy.roots:
        visit(root)
    return statuses


def what_if(policy: Policy, assessment: Assessment, leaf_id: str, status: str) -> str:
    """The outcome if one leaf had another status (nothing else changed)."""
    leaves = {leaf.id: assessment.criteria[leaf.id].status for leaf in policy.leaves()}
    fixed = {node.id: assessment.criteria[node.id].status for node in policy.criteria()
             if not node.is_leaf and assessment.criteria[node.id].overridden}
    leaves[leaf_id] = status
    return decide_outcome(policy, _tree_statuses(policy, leaves, fixed))


def contributing(policy: Policy, assessment: Assessment) -> set[str]:
    """Criteria whose status carries their parent's status up to the outcome."""
    statuses = {cid: r.status for cid, r in assessment.criteria.items()}
    used: set[str] = set()

    def walk(node: Criterion) -> None:
        used.add(node.id)
        status = statuses[node.id]
        for child in node.children:
            child_status = statuses[child.id]
            if (node.combine == "all" and (status == "met" or child_status == status)) or \
                    (node.combine == "any" and (status == "not_met" or child_status == status)):
                walk(child)

    for root in policy.roots:
        walk(root)
    return used


def deciding_leaves(policy: Policy, assessment: Assessment) -> list[tuple[str, int, dict[str, str]]]:
    """Leaves that decide the outcome, most decisive first: (id, how many other statuses change the outcome,
    {other status: outcome it would give})."""
    used = contributing(policy, assessment)
    ranked = []
    for order, leaf in enumerate(policy.leaves()):
        current = assessment.criteria[leaf.id].status
        changes = {}
        for other in ("met", "not_met", "unknown"):
            if other != current:
                outcome = what_if(policy, assessment, leaf.id, other)
                if outcome != assessment.outcome:
                    changes[other] = outcome
        if changes or leaf.id in used:
            ranked.append((len(changes), order, leaf.id, changes))
    ranked.sort(key=lambda item: (-item[0], item[1]))
    return [(leaf_id, weight, changes) for weight, _, leaf_id, changes in ranked]


# ---- the engine ---------------------------------------------------------------------

def _is_review_state(review) -> bool:
    """The review workspace's ReviewState (its drafts in assistant/decision.py apply), not another CaseReview."""
    try:
        from assistant.review_state import ReviewState
    except ImportError:  # pragma: no cover - the engine also runs on any CaseReview
        return False
    return isinstance(review, ReviewState)


class Dialogue:
    """One conversation about one case. ``reply(text)`` never raises on odd input."""

    def __init__(self, review: CaseReview, policy: Policy | None = None, lexicon: IntentLexicon | None = None):
        self.review = review
        self.policy = policy or load_policy(review.assessment.policy_id)
        self.lexicon = lexicon or default_lexicon()
        check_lexicon_covers(self.lexicon, self.policy)
        self.pending: Pending | None = None
        self.guiding = False
        self.focus: tuple[str, str | None] | None = None  # (criterion, finding id) under review
        self.skipped: set[tuple[str, str | None]] = set()
        self.kept: set[str] = set()  # leaves without evidence the reviewer saw and kept
        extraction = review.assessment.extraction
        self._findings = {f.id: f for f in extraction.findings}
        self._pages = {(d.name, p.number): p.text for d in extraction.packet.documents for p in d.pages}
        self._birth_citation = self._find_label(r"\b(?:date of birth|dob|d\.o\.b\.?|born)\b")

    # -- state ------------------------------------------------------------------

    @property
    def assessment(self) -> Assessment:
        return self.review.assessment

    def finding(self, finding_id: str) -> Finding | None:
        return self._findings.get(finding_id)

    def label(self, criterion_id: str) -> str:
        return self.assessment.criteria[criterion_id].label

    def _reviewed(self, finding_id: str) -> bool:
        overrides = self.assessment.overrides
        return finding_id in overrides.confirmed_findings or finding_id in overrides.rejected_ids

    def _evidence(self, criterion_id: str) -> list[Finding]:
        result = self.assessment.criteria.get(criterion_id)
        if result is None:
            return []
        return [self._findings[i] for i in result.evidence if i in self._findings]

    # -- entry point ----------------------------------------------------------------

    def reply(self, text: str) -> Reply:
        text = (text or "").strip()
        if not text:
            return self._help("Say something, or \u201chelp\u201d.")
        try:
            return self._reply(text)
        except LookupError as error:  # a target that vanished; answer, never crash the front end
            log.warning("dialogue lookup failed: %s", error)
            return Reply(f"I could not find that: {error}.")

    def start(self) -> Reply:
        """Begin (or resume) the guided review."""
        self.guiding = True
        self.pending = None
        return self._next_step(prefix="")

    def _reply(self, text: str) -> Reply:
        meaning = understand(self.lexicon, text)
        if self.pending is not None:
            answered = self._answer_pending(text, meaning)
            if answered is not None:
                return answered
        intent = meaning.intent
        if intent is None:
            return self._help("I did not understand that, and nothing was changed.")
        handler = getattr(self, f"_on_{intent}")
        reply = handler(meaning)
        return replace(reply, intent=reply.intent or intent, criterion=reply.criterion or meaning.criterion)

    # -- pending confirmations ----------------------------------------------------------

    def _answer_pending(self, text: str, meaning: Understanding) -> Reply | None:
        pending = self.pending
        if meaning.intent == "no" and not meaning.reason:
            self.pending = None
            return Reply("Cancelled; nothing was changed.", intent="no")
        if pending.needs_reason:
            if meaning.intent in ("yes", "help") or len(text) < 3:
                return Reply(f"{pending.prompt} I need a reason first (one line), or \u201cno\u201d to cancel.",
                             pending=pending)
            actions = tuple(replace(a, reason=text) for a in pending.actions)
            prompt = pending.prompt + f" Reason: \u201c{text}\u201d."
            if pending.exact:
                self.pending = None
                return self._run(actions, prompt)
            self.pending = Pending(prompt + " Do it? (yes/no)", actions, exact=False)
            return Reply(self.pending.prompt, pending=self.pending)
        if meaning.intent == "yes":
            self.pending = None
            return self._run(pending.actions, pending.prompt.removesuffix(" Do it? (yes/no)"))
        # anything else: drop the pending command and handle the new utterance
        self.pending = None
        return None

    def _propose(self, prompt: str, actions: tuple[Action, ...], *, exact: bool, needs_reason: bool,
                 meaning: Understanding) -> Reply:
        if needs_reason:
            self.pending = Pending(prompt, actions, needs_reason=True, exact=exact)
            return Reply(f"{prompt} Why? (one line, or \u201cno\u201d to cancel)", pending=self.pending,
                         criterion=meaning.criterion)
        if exact:
            return self._run(actions, prompt)
        self.pending = Pending(f"{prompt} Do it? (yes/no)", actions, exact=False)
        return Reply(self.pending.prompt, pending=self.pending, criterion=meaning.criterion)

    def _run(self, actions: Iterable[Action], description: str) -> Reply:
        done = 0
        try:
            for action in actions:
                self._apply(action)
                done += 1
        except Exception as error:  # ReviewState refuses (read-only case, unreviewed evidence, ...)
            message = str(error) or type(error).__name__
            log.info("review refused %s after %d step(s)", type(error).__name__, done)
            hint = (" Say \u201cstart\u201d to review them one by one." if getattr(error, "unreviewed", None) else "")
            return Reply(f"Not done: {message}.{hint}".replace("..", "."), changed_case=done > 0)
        text = f"Done: {description.rstrip('.')}." + self._outcome_line()
        if self.guiding:
            following = self._next_step(prefix=text + "\n\n")
            return replace(following, changed_case=True)
        return Reply(text, changed_case=True)

    def _apply(self, action: Action) -> None:
        review = self.review
        if action.kind == "confirm":
            review.confirm(action.finding_id)
        elif action.kind == "reject":
            review.reject(action.finding_id, action.reason)
        elif action.kind == "set_leaf":
            review.set_leaf(action.criterion, action.status, action.reason)
        elif action.kind == "add_evidence":
            review.add_evidence(action.criterion, action.document, action.page, action.text, note=action.reason)
        elif action.kind == "undo":
            review.undo()
        elif action.kind == "decide":
            review.decide(action.decision, action.reason, action.criteria)
        else:  # pragma: no cover - programming error
            raise ValueError(action.kind)

    def _outcome_line(self) -> str:
        a = self.assessment
        return f" Outcome now: {OUTCOME_WORDS[a.outcome]} (recommend: {DECISION_WORDS.get(a.recommendation, a.recommendation)})."

    # -- guided review -------------------------------------------------------------------

    def _steps(self) -> list[tuple[str, str | None, dict[str, str]]]:
        steps = []
        for leaf_id, _, changes in deciding_leaves(self.policy, self.assessment):
            evidence = [f for f in self._evidence(leaf_id) if not self._reviewed(f.id)]
            if evidence:
                steps += [(leaf_id, f.id, changes) for f in evidence]
            elif leaf_id not in self.kept and not self.assessment.criteria[leaf_id].overridden \
                    and not any(self._reviewed(f.id) for f in self._evidence(leaf_id)):
                steps.append((leaf_id, None, changes))
        covered = {finding_id for _, finding_id, _ in steps}
        for finding_id in self._unreviewed_behind():  # whatever ReviewState says blocks a decision, too
            if finding_id not in covered:
                criterion = next((cid for cid, r in self.assessment.criteria.items() if finding_id in r.evidence), None)
                if criterion:
                    steps.append((criterion, finding_id, {}))
        return [s for s in steps if (s[0], s[1]) not in self.skipped]

    def _next_step(self, prefix: str) -> Reply:
        steps = self._steps()
        if not steps:
            self.guiding = False
            self.focus = None
            return Reply(prefix + self._closing(), finished=True, intent="start")
        leaf_id, finding_id, changes = steps[0]
        self.focus = (leaf_id, finding_id)
        node = self.policy.criterion(leaf_id)
        result = self.assessment.criteria[leaf_id]
        lines = [f"{self.label(leaf_id)} ({leaf_id}): currently {STATUS_WORDS[result.status]}."]
        if node.policy_text:
            lines.append(f"The policy asks: \u201c{node.policy_text}\u201d")
        if changes:
            lines.append("It decides the outcome: " + "; ".join(
                f"if {STATUS_WORDS[s]}, {OUTCOME_WORDS[o]}" for s, o in changes.items()) + ".")
        citations: tuple[Citation, ...] = ()
        focus = None
        if finding_id:
            finding = self._findings[finding_id]
            lines.append(f"Evidence [{finding_id}]{flags(finding)}: {snippet(finding)}")
            lines.append("Confirm this? (yes / no, with a reason / skip / show more)")
            focus = cite(finding)
            citations = (focus,)
        else:
            lines.append(f"No evidence in the packet: {result.rationale}")
            lines.append("Keep this? (yes / met: reason / not met: reason / request records / skip)")
        remaining = len(steps) - 1
        if remaining:
            lines.append(f"({remaining} more to review after this.)")
        return Reply(prefix + "\n".join(lines), citations=citations, criterion=leaf_id, focus=focus, intent="start")

    def _closing(self) -> str:
        a = self.assessment
        lines = [f"Guided review done. Outcome: {OUTCOME_WORDS[a.outcome]}; recommendation: "
                 f"{DECISION_WORDS.get(a.recommendation, a.recommendation)}.", self._why_text()]
        changes = self._what_would_change()
        if changes:
            lines.append("What would change it: " + changes)
        lines.append("Say \u201capprove\u201d, \u201crefer to physician\u201d or \u201crequest records for \u2026\u201d "
                     "to record a decision.")
        return "\n".join(lines)

    def _what_would_change(self) -> str:
        parts = []
        for leaf_id, weight, changes in deciding_leaves(self.policy, self.assessment):
            for status, outcome in changes.items():
                if status == "unknown":
                    continue
                parts.append(f"{leaf_id} {STATUS_WORDS[status]} \u2192 {OUTCOME_WORDS[outcome]}")
        return "; ".join(parts[:5])

    def _on_start(self, meaning: Understanding) -> Reply:
        return self.start()

    def _on_skip(self, meaning: Understanding) -> Reply:
        if not self.guiding or self.focus is None:
            return Reply("There is nothing to skip: say \u201cstart\u201d for a guided review.")
        self.skipped.add(self.focus)
        return self._next_step(prefix="Skipped.\n\n")

    def _on_yes(self, meaning: Understanding) -> Reply:
        if not self.guiding or self.focus is None:
            return Reply("There is nothing waiting for a yes. Say \u201cstart\u201d for a guided review.")
        leaf_id, finding_id = self.focus
        if finding_id is None:
            self.kept.add(leaf_id)
            return self._next_step(prefix=f"Kept {leaf_id} as {STATUS_WORDS[self.assessment.criteria[leaf_id].status]}.\n\n")
        return self._propose(f"confirm [{finding_id}] for {leaf_id}",
                             (Action("confirm", finding_id=finding_id, criterion=leaf_id),),
                             exact=meaning.exact, needs_reason=False, meaning=meaning)

    def _on_no(self, meaning: Understanding) -> Reply:
        if not self.guiding or self.focus is None:
            return Reply("Nothing to answer no to; nothing was changed.")
        leaf_id, finding_id = self.focus
        if finding_id is None:
            return Reply(f"Then say how {leaf_id} should read: \u201cmet: reason\u201d or \u201cnot met: reason\u201d, "
                         "or \u201cskip\u201d.", criterion=leaf_id)
        action = Action("reject", finding_id=finding_id, criterion=leaf_id, reason=meaning.reason)
        prompt = f"reject [{finding_id}] as evidence for {leaf_id}"
        if meaning.reason:
            return self._propose(prompt + f" (reason: \u201c{meaning.reason}\u201d)", (action,), exact=meaning.exact,
                                 needs_reason=False, meaning=meaning)
        return self._propose("Reject [" + finding_id + f"] for {leaf_id}.", (action,), exact=True,
                             needs_reason=True, meaning=meaning)

    def _on_more(self, meaning: Understanding) -> Reply:
        if meaning.criterion:
            return self._on_evidence(meaning)
        if self.focus is None:
            return Reply("Show more of what? Try \u201cshow the evidence for glioma grading\u201d.")
        leaf_id, finding_id = self.focus
        if finding_id is None:
            return self._on_evidence(replace(meaning, criterion=leaf_id))
        finding = self._findings[finding_id]
        page_text = self._pages.get((finding.document, finding.page), "")
        start, end = max(0, finding.start - 400), min(len(page_text), finding.end + 400)
        context = page_text[start:finding.start] + "\u00bb" + page_text[finding.start:finding.end] + "\u00ab" + \
            page_text[finding.end:end]
        others = [f for f in self._evidence(leaf_id) if f.id != finding_id]
        lines = [f"{finding.document}, page {finding.page}:", ("\u2026" if start else "") + context.strip() +
                 ("\u2026" if end < len(page_text) else "")]
        if others:
            lines.append("Other evidence for this criterion: " + "; ".join(f"[{f.id}] {snippet(f, 80)}" for f in others))
        lines.append("Confirm this? (yes / no, with a reason / skip)")
        return Reply("\n".join(lines), citations=(cite(finding),) + tuple(cite(f) for f in others),
                     criterion=leaf_id, focus=cite(finding))

    # -- questions ------------------------------------------------------------------------

    def _help(self, lead: str) -> Reply:
        return Reply(lead + " I can:\n"
                     "  lead a review: start, yes / no / skip / show more\n"
                     "  answer: why is this pending?  what's missing?  show the evidence for <criterion>\n"
                     "          when was the last MRI?  has she had radiation?  is this a repeat request?\n"
                     "          how old is the patient?  what does the policy say about <criterion>?\n"
                     "          which findings were negated?  summary\n"
                     "  change the case: confirm / reject <finding or criterion>: reason,\n"
                     "          mark <criterion> as met / not met: reason, undo,\n"
                     "          approve, refer to physician, request records for <criterion>\n"
                     "  draft: the request letter, the referral summary", intent="help")

    def _on_help(self, meaning: Understanding) -> Reply:
        return self._help("Here is what I can do.")

    def _why_text(self, citations: list[Citation] | None = None) -> str:
        a = self.assessment
        used = contributing(self.policy, a)
        parts = []
        for leaf in self.policy.leaves():
            if leaf.id not in used:
                continue
            result = a.criteria[leaf.id]
            if a.outcome == "meets_criteria" and result.status == "unknown":
                continue
            parts.append(f"  {leaf.id}: {STATUS_WORDS[result.status]}. {result.rationale}")
            if citations is not None:
                citations.extend(cite(f) for f in self._evidence(leaf.id)[:1])
        return "Why:\n" + "\n".join(parts[:8]) if parts else "Why: no criterion decides it."

    def _on_why(self, meaning: Understanding) -> Reply:
        if meaning.criterion:
            return self._on_evidence(meaning)
        a = self.assessment
        citations: list[Citation] = []
        lead = (f"The recommendation is to {DECISION_WORDS.get(a.recommendation, a.recommendation)} because the "
                f"outcome is {OUTCOME_WORDS[a.outcome]}.")
        unreviewed = self._unreviewed_behind()
        state = (f" {len(unreviewed)} piece(s) of evidence behind it are not reviewed yet, so no decision is "
                 "recorded." if unreviewed else "")
        text = lead + state + "\n" + self._why_text(citations)
        changes = self._what_would_change()
        if changes:
            text += "\nWhat would change it: " + changes
        return Reply(text, citations=tuple(citations))

    def _unreviewed_behind(self) -> list[str]:
        """Evidence behind the recommendation not yet confirmed or rejected (ReviewState's rule when it has one)."""
        rule = getattr(self.review, "unreviewed_evidence", None)
        if rule is not None:
            return list(rule())
        ids = []
        for leaf_id, _, _ in deciding_leaves(self.policy, self.assessment):
            ids += [f.id for f in self._evidence(leaf_id) if not self._reviewed(f.id)]
        return list(dict.fromkeys(ids))

    def missing_criteria(self) -> list[str]:
        """Unknown leaves that could change the outcome if the packet spoke to them."""
        return [leaf_id for leaf_id, _, changes in deciding_leaves(self.policy, self.assessment)
                if self.assessment.criteria[leaf_id].status == "unknown" and changes]

    def _on_missing(self, meaning: Understanding) -> Reply:
        missing = self.missing_criteria()
        unreviewed = self._unreviewed_behind()
        if not missing:
            text = (f"Nothing the outcome needs is missing: it is {OUTCOME_WORDS[self.assessment.outcome]}.")
        else:
            lines = ["The packet holds no answer for these criteria, and each could change the outcome:"]
            for leaf_id in missing:
                lines.append(f"  {leaf_id} ({self.label(leaf_id)}): would be satisfied by "
                             f"{self.lexicon.criterion_documents.get(leaf_id, 'documentation addressing it')}.")
            text = "\n".join(lines)
        if unreviewed:
            text += f"\nNot yet reviewed: {len(unreviewed)} piece(s) of evidence ({', '.join(unreviewed[:8])})."
        return Reply(text)

    def _on_evidence(self, meaning: Understanding) -> Reply:
        criterion = meaning.criterion or (self.focus[0] if self.focus else None)
        if criterion is None:
            if meaning.topic:
                return self._topic_answer(meaning.topic, verb="mentions")
            if meaning.finding_ids:
                found = [self._findings[i] for i in meaning.finding_ids if i in self._findings]
                if found:
                    return Reply("\n".join(f"[{f.id}] {f.concept}{flags(f)}: {snippet(f)}" for f in found),
                                 citations=tuple(cite(f) for f in found))
            return Reply("Evidence for which criterion? e.g. \u201cshow the evidence for radiation necrosis\u201d.")
        result = self.assessment.criteria[criterion]
        evidence = self._evidence(criterion)
        lines = [f"{result.label} ({criterion}): {STATUS_WORDS[result.status]}. {result.rationale}"]
        overrides = self.assessment.overrides
        for finding in evidence:
            state = (" (confirmed)" if finding.id in overrides.confirmed_findings else
                     " (rejected)" if finding.id in overrides.rejected_ids else "")
            lines.append(f"  [{finding.id}]{flags(finding)}{state} {snippet(finding)}")
        for added in overrides.added_evidence:
            if added.criterion == criterion:
                lines.append(f"  [{added.id}] reviewer evidence: \u201c{added.text[:100]}\u201d ({added.document} p{added.page})")
        if not evidence and not any(e.criterion == criterion for e in overrides.added_evidence):
            node = self.policy.criterion(criterion)
            if node.is_leaf:
                lines.append("  The packet holds no finding for this criterion.")
            else:
                lines.append("  It combines: " + ", ".join(f"{c.id} ({STATUS_WORDS[self.assessment.criteria[c.id].status]})"
                                                           for c in node.children))
        citations = tuple(cite(f) for f in evidence) + tuple(
            Citation(e.document, e.page, e.id, e.start, e.end) for e in overrides.added_evidence if e.criterion == criterion)
        return Reply("\n".join(lines), citations=citations, criterion=criterion)

    def _on_status(self, meaning: Understanding) -> Reply:
        if meaning.criterion:
            return self._on_evidence(meaning)
        a = self.assessment
        lines = [f"Outcome: {OUTCOME_WORDS[a.outcome]}; recommendation: {DECISION_WORDS.get(a.recommendation)}."]
        for leaf in self.policy.leaves():
            result = a.criteria[leaf.id]
            mark = {"met": "+", "not_met": "-", "unknown": "?"}[result.status]
            lines.append(f"  {mark} {leaf.id}: {STATUS_WORDS[result.status]}{' (reviewer)' if result.overridden else ''}")
        return Reply("\n".join(lines))

    def _on_policy(self, meaning: Understanding) -> Reply:
        criterion = meaning.criterion or (self.focus[0] if self.focus else None)
        policy = self.policy
        if criterion is None:
            return Reply(f"Policy {policy.id} v{policy.version}: {policy.title}. Ask about a criterion, e.g. "
                         "\u201cwhat does the policy say about repeat imaging?\u201d")
        node = policy.criterion(criterion)
        lines = [f"Policy {policy.id} v{policy.version}, {node.label}: \u201c{node.policy_text}\u201d"]
        for child in node.children:
            lines.append(f"  - {child.label}: \u201c{child.policy_text}\u201d")
        return Reply("\n".join(lines), criterion=criterion)

    def _on_negated(self, meaning: Understanding) -> Reply:
        negated = [f for f in self.assessment.extraction.findings if f.assertion.negated]
        if not negated:
            return Reply("No finding in the packet is negated.")
        lines = [f"{len(negated)} negated finding(s):"]
        lines += [f"  [{f.id}] {f.concept}: {snippet(f, 100)}" for f in negated]
        return Reply("\n".join(lines), citations=tuple(cite(f) for f in negated))

    def _on_age(self, meaning: Understanding) -> Reply:
        request = self.assessment.request
        citations = (self._birth_citation,) if self._birth_citation else ()
        source = f" ({self._birth_citation.document} p{self._birth_citation.page})" if self._birth_citation else ""
        if request.patient_age_years is None:
            return Reply("The packet does not give the patient's age or date of birth.")
        days = request.patient_age_days
        age = (f"{days} days" if days is not None and request.patient_age_years < 1 else
               f"{request.patient_age_years} years")
        born = f", born {request.date_of_birth}" if request.date_of_birth else ""
        return Reply(f"The patient is {age} old on the request date {request.request_date or 'unknown'}{born}"
                     f"{source}; population: {request.population or 'unknown'}.", citations=citations)

    def _find_label(self, pattern: str) -> Citation | None:
        regex = re.compile(pattern, re.IGNORECASE)
        kinds = dict(self.assessment.extraction.document_kinds)
        ordered = sorted(self._pages.items(), key=lambda item: (kinds.get(item[0][0]) != "request_form", item[0]))
        for (document, page), text in ordered:
            match = regex.search(text)
            if match:
                return Citation(document, page, None, match.start(), match.end())
        return None

    def _topic_findings(self, concepts: Iterable[str]) -> list[Finding]:
        wanted = set(concepts)
        return [f for f in self.assessment.extraction.findings if f.concept in wanted]

    def _topic_answer(self, topic: str, verb: str = "has") -> Reply:
        concepts = self.lexicon.topic_concepts[topic]
        name = self.lexicon.topic_labels.get(topic, topic)
        found = [f for f in self._topic_findings(concepts) if not f.assertion.family and
                 f.id not in self.assessment.overrides.rejected_ids]
        if not found:
            return Reply(f"The packet holds no mention of {name} for this patient.", intent="history")
        affirmed = [f for f in found if supports(f, allow_historical=True)]
        negated = [f for f in found if f.assertion.negated]
        other = [f for f in found if f not in affirmed and f not in negated]
        lines = []
        if affirmed:
            lines.append(f"Yes, the packet documents {name}:")
            lines += [f"  [{f.id}]{flags(f)} {snippet(f, 110)}" for f in affirmed[:5]]
        if negated:
            lines.append(("It also says no:" if affirmed else f"No: the packet says she has not had {name}:"))
            lines += [f"  [{f.id}] {snippet(f, 110)}" for f in negated[:5]]
        if other:
            lines.append("Only as a possibility:")
            lines += [f"  [{f.id}]{flags(f)} {snippet(f, 110)}" for f in other[:3]]
        shown = affirmed[:5] + negated[:5] + other[:3]
        return Reply("\n".join(lines), citations=tuple(cite(f) for f in shown), intent="history")

    def _on_history(self, meaning: Understanding) -> Reply:
        if meaning.topic:
            return self._topic_answer(meaning.topic)
        if meaning.criterion:
            return self._on_evidence(meaning)
        return Reply("Has she had what? e.g. \u201chas she had radiation?\u201d, \u201cany chemo?\u201d")

    def _on_last_study(self, meaning: Understanding) -> Reply:
        topic = meaning.topic if meaning.topic in ("mri", "mrs") else "mri"
        concepts = self.lexicon.topic_concepts[topic]
        studies = [f for f in self._topic_findings(concepts) if supports(f, allow_historical=True)
                   and f.id not in self.assessment.overrides.rejected_ids]
        name = "MR spectroscopy" if topic == "mrs" else "brain MRI or CT"
        if not studies:
            negated = [f for f in self._topic_findings(concepts) if f.assertion.negated]
            if negated:
                return Reply(f"The packet says there was no prior {name}: {snippet(negated[0])}.",
                             citations=(cite(negated[0]),), intent="last_study")
            return Reply(f"The packet holds no {name}.", intent="last_study")
        request_date = self.assessment.request.request_date
        # a study's own date first; a document's date only for a report that names no date of its own
        dated = [(dt.date.fromisoformat(f.date), f) for f in studies if f.date]
        if not dated:
            kinds = dict(self.assessment.extraction.document_kinds)
            dated = [(finding_date(f), f) for f in studies
                     if finding_date(f) and kinds.get(f.document) != "request_form"]
        if request_date:
            limit = dt.date.fromisoformat(request_date)
            dated = [(d, f) for d, f in dated if d <= limit]
        if not dated:
            return Reply(f"The packet mentions a {name} but gives no date for it: {snippet(studies[0])}.",
                         citations=(cite(studies[0]),), intent="last_study")
        latest = max(d for d, _ in dated)
        reports = [f for d, f in dated if d == latest]
        best = reports[0]
        text = f"The most recent {name} in the packet is dated {latest.isoformat()}: [{best.id}] {snippet(best)}."
        results = self.assessment.criteria.get("conventional_imaging_inconclusive")
        if topic == "mri" and results is not None:
            text += f"\nIts result, for the policy: {results.rationale}"
        return Reply(text, citations=tuple(cite(f) for f in reports[:3]), intent="last_study")

    def _on_repeat(self, meaning: Understanding) -> Reply:
        a = self.assessment
        repeat = a.criteria.get("is_repeat_request")
        recent = a.criteria.get("recent_imaging_without_change")
        if repeat is None:
            return Reply("This policy has no repeat-request criterion.")
        evidence = self._evidence("is_repeat_request") + (self._evidence("recent_imaging_without_change") if recent else [])
        word = "Yes" if repeat.status == "met" else "No" if repeat.status == "not_met" else "Unclear"
        lines = [f"{word}: {re.sub(r'^(Met|Not met|Unknown): ', '', repeat.rationale)}"]
        if not evidence:
            lines.append("(The packet holds no mention of a prior MR spectroscopy; \u201cno\u201d is the default.)")
        if recent is not None:
            lines.append(f"Within 3 months without change: {STATUS_WORDS[recent.status]}. {recent.rationale}")
        return Reply("\n".join(lines), citations=tuple(dict.fromkeys(cite(f) for f in evidence)),
                     criterion="is_repeat_request")

    # -- commands -------------------------------------------------------------------------

    def _targets(self, meaning: Understanding, *, for_reject: bool) -> tuple[list[Finding], str | None, bool]:
        """Findings a confirm/reject is about, the criterion, and whether the choice was unambiguous."""
        if meaning.finding_ids:
            found = [self._findings[i] for i in meaning.finding_ids if i in self._findings]
            criterion = meaning.criterion or (self.focus[0] if self.focus else None)
            return found, criterion, True
        criterion = meaning.criterion
        if criterion is None and meaning.topic and not self.focus:
            concepts = set(self.lexicon.topic_concepts[meaning.topic])
            found = [f for f in self.assessment.extraction.findings if f.concept in concepts
                     and not self._reviewed(f.id)]
            return found, None, len(found) == 1
        if criterion is None and self.focus:
            criterion, finding_id = self.focus
            if finding_id:
                return [self._findings[finding_id]], criterion, True
        if criterion is None:
            return [], None, False
        evidence = [f for f in self._evidence(criterion) if f.id not in self.assessment.overrides.rejected_ids]
        if not for_reject:
            evidence = [f for f in evidence if f.id not in self.assessment.overrides.confirmed_findings]
        return evidence, criterion, len(evidence) == 1

    def _on_confirm(self, meaning: Understanding) -> Reply:
        found, criterion, unambiguous = self._targets(meaning, for_reject=False)
        if not found:
            return Reply(f"There is no unreviewed evidence to confirm{' for ' + criterion if criterion else ''}; "
                         "name a finding id (e.g. \u201cconfirm f12\u201d).", criterion=criterion)
        actions = tuple(Action("confirm", finding_id=f.id, criterion=criterion) for f in found)
        prompt = "confirm " + ", ".join(f"[{f.id}] {snippet(f, 60)}" for f in found)
        return self._propose(prompt, actions, exact=meaning.exact and unambiguous, needs_reason=False, meaning=meaning)

    def _on_reject(self, meaning: Understanding) -> Reply:
        found, criterion, unambiguous = self._targets(meaning, for_reject=True)
        if not found:
            return Reply("Reject which finding? Name it (\u201creject f12: reason\u201d) or its criterion "
                         "(\u201creject the HIE finding: it's the mother's history\u201d). Nothing was changed.",
                         criterion=criterion)
        prompt = "reject " + ", ".join(f"[{f.id}] {snippet(f, 60)}" for f in found)
        actions = tuple(Action("reject", finding_id=f.id, criterion=criterion, reason=meaning.reason) for f in found)
        if meaning.reason:
            prompt += f" (reason: \u201c{meaning.reason}\u201d)"
        return self._propose(prompt + ".", actions, exact=meaning.exact and unambiguous,
                             needs_reason=not meaning.reason, meaning=meaning)

    def _set_leaf(self, meaning: Understanding, status: str) -> Reply:
        criterion = meaning.criterion or (self.focus[0] if self.focus else None)
        if criterion is None:
            return Reply(f"Set which criterion to {STATUS_WORDS[status]}? e.g. \u201cmark glioma grading as met: "
                         "pathology pending\u201d. Nothing was changed.")
        if not self.policy.criterion(criterion).is_leaf:
            return Reply(f"{criterion} combines other criteria; set one of them: "
                         + ", ".join(c.id for c in self.policy.criterion(criterion).children) + ".", criterion=criterion)
        explicit = meaning.criterion is not None
        prompt = f"set {criterion} ({self.label(criterion)}) to {STATUS_WORDS[status]}"
        if meaning.reason:
            prompt += f" (reason: \u201c{meaning.reason}\u201d)"
        action = Action("set_leaf", criterion=criterion, status=status, reason=meaning.reason)
        return self._propose(prompt + ".", (action,), exact=meaning.exact and (explicit or self.guiding),
                             needs_reason=not meaning.reason, meaning=replace(meaning, criterion=criterion))

    def _on_set_met(self, meaning: Understanding) -> Reply:
        return self._set_leaf(meaning, "met")

    def _on_set_not_met(self, meaning: Understanding) -> Reply:
        return self._set_leaf(meaning, "not_met")

    def _on_set_unknown(self, meaning: Understanding) -> Reply:
        return self._set_leaf(meaning, "unknown")

    def _on_add_evidence(self, meaning: Understanding) -> Reply:
        """"add evidence for <criterion>: <document> p<page> <quote or note>" — a typed note with document and page."""
        criterion = meaning.criterion or (self.focus[0] if self.focus else None)
        usage = ("Say \u201cadd evidence for <criterion>: <document> p<page> <what it says>\u201d, e.g. \u201cadd "
                 "evidence for glioma grading: consult p2 grade not established\u201d. Nothing was changed.")
        if criterion is None or not self.policy.criterion(criterion).is_leaf or not meaning.reason:
            return Reply(usage, criterion=criterion)
        page_match = re.search(r"\b(?:p|pg|page)\.?\s*(\d+)\b", meaning.reason, re.IGNORECASE)
        if page_match is None:
            return Reply("Which page? " + usage, criterion=criterion)
        names = [d.name for d in self.assessment.extraction.packet.documents]
        before = meaning.reason[:page_match.start()].strip(" ,")
        if len(names) == 1:
            document = names[0]
        else:
            best = process.extractOne(before or meaning.reason, names, scorer=fuzz.partial_ratio, score_cutoff=60)
            if best is None:
                return Reply("Which document? The packet holds: " + ", ".join(names) + ". Nothing was changed.",
                             criterion=criterion)
            document = best[0]
        page = int(page_match.group(1))
        text = meaning.reason[page_match.end():].strip(" ,:-\u2014") or before
        action = Action("add_evidence", criterion=criterion, document=document, page=page, text=text,
                        reason=text)
        prompt = f"attach evidence to {criterion}: \u201c{text}\u201d ({document} p{page})."
        # the document is matched loosely, so this always asks
        return self._propose(prompt, (action,), exact=False, needs_reason=False,
                             meaning=replace(meaning, criterion=criterion))

    def _on_undo(self, meaning: Understanding) -> Reply:
        return self._propose("undo the last change", (Action("undo"),), exact=meaning.exact, needs_reason=False,
                             meaning=meaning)

    def _decide(self, meaning: Understanding, decision: str, criteria: tuple[str, ...] = ()) -> Reply:
        a = self.assessment
        prompt = f"record the decision: {DECISION_WORDS[decision]}"
        if criteria:
            prompt += " for " + ", ".join(criteria)
        differs = decision != a.recommendation
        if differs and not meaning.reason:
            prompt += f" (the recommendation is to {DECISION_WORDS.get(a.recommendation, a.recommendation)})"
        if meaning.reason:
            prompt += f" (reason: \u201c{meaning.reason}\u201d)"
        action = Action("decide", decision=decision, reason=meaning.reason, criteria=criteria)
        return self._propose(prompt + ".", (action,), exact=meaning.exact, needs_reason=differs and not meaning.reason,
                             meaning=meaning)

    def _on_approve(self, meaning: Understanding) -> Reply:
        return self._decide(meaning, "approve")

    def _on_refer(self, meaning: Understanding) -> Reply:
        reply = self._decide(meaning, "refer_to_physician_reviewer")
        if reply.pending is not None or reply.changed_case:
            return replace(reply, text=reply.text + "\n\n" + self.draft_referral_summary(meaning.reason or None))
        return reply

    def _on_request_info(self, meaning: Understanding) -> Reply:
        criteria = (meaning.criterion,) if meaning.criterion else tuple(self.missing_criteria())
        if not criteria and _is_review_state(self.review):
            # nothing unknown could change the outcome, but paperwork criteria may be not met
            # (a wrong CPT code, no clinical notes): ask for those, as the Decide dialog does
            criteria = tuple(self.review.suggested_missing_criteria())
        if not criteria:
            return Reply("No criterion is missing; name the one to ask about (\u201crequest records for the prior "
                         "MRS\u201d). Nothing was changed.")
        reply = self._decide(meaning, "request_additional_information", criteria)
        if reply.pending is not None or reply.changed_case:
            return replace(reply, text=reply.text + "\n\n" + self.draft_request_letter(criteria))
        return reply

    # -- drafts ---------------------------------------------------------------------------

    def draft_request_letter(self, criteria: Iterable[str] | None = None) -> str:
        """The request-for-information letter naming exactly the missing criteria and what would satisfy them."""
        a = self.assessment
        criteria = list(criteria) if criteria is not None else self.missing_criteria()
        if _is_review_state(self.review):
            # the review workspace's letter (assistant/decision.py), plus what would satisfy each criterion
            from assistant.decision import draft_information_request

            letter = draft_information_request(self.review, tuple(criteria))
            if not criteria:
                return letter
            satisfy = [f"{index}. {self.policy.criterion(c).label}: please send "
                       f"{self.lexicon.criterion_documents.get(c, 'documentation addressing it')}."
                       for index, c in enumerate(criteria, 1)]
            return letter + "\n\nDocuments that would satisfy these:\n" + "\n".join(satisfy)
        request = a.request
        lines = [f"Re: request for MR spectroscopy (CPT 76390){' for ' + request.member if request.member else ''}"
                 f"{', requested ' + request.request_date if request.request_date else ''}",
                 f"To: {request.ordering_provider or 'the ordering provider'}", "",
                 f"We reviewed the request against {a.policy_id} v{a.policy_version} and need more information "
                 "before a determination. Please send:"]
        if not criteria:
            lines.append("  (no criterion is missing)")
        for index, criterion in enumerate(criteria, 1):
            node = self.policy.criterion(criterion)
            lines.append(f"  {index}. {node.label}: the policy asks \u201c{node.policy_text}\u201d. "
                         f"Please send {self.lexicon.criterion_documents.get(criterion, 'documentation addressing it')}.")
        return "\n".join(lines)

    def draft_referral_summary(self, reason: str | None = None) -> str:
        """The physician-referral summary: outcome, the criteria that decide it with cited evidence, overrides."""
        a = self.assessment
        if _is_review_state(self.review):
            from assistant.decision import draft_physician_referral

            return draft_physician_referral(self.review, reason)
        request = a.request
        age = f"{request.patient_age_years} y" if request.patient_age_years is not None else "age unknown"
        lines = [f"Physician review requested: MR spectroscopy (CPT 76390), {age}, {request.population or ''}".rstrip(", "),
                 f"Request date {request.request_date or 'unknown'}; policy {a.policy_id} v{a.policy_version}.",
                 f"Assessment: {OUTCOME_WORDS[a.outcome]}.", "Deciding criteria:"]
        for leaf_id, _, _ in deciding_leaves(self.policy, a):
            result = a.criteria[leaf_id]
            lines.append(f"  - {result.label} ({leaf_id}): {STATUS_WORDS[result.status]}. {result.rationale}")
        if a.overrides.leaf_status or a.overrides.rejected_findings:
            lines.append("Reviewer changes:")
            lines += [f"  - {o.criterion} set to {STATUS_WORDS[o.status]}: {o.reason}" for o in a.overrides.leaf_status]
            for finding_id, reason in a.overrides.rejected_findings:
                finding = self._findings.get(finding_id)
                lines.append(f"  - rejected [{finding_id}]{' ' + where(finding) if finding else ''}: {reason}")
        notes = [note_id for note_id, _ in a.notes]
        if notes:
            lines.append("Notes: " + ", ".join(notes) + ".")
        return "\n".join(lines)

    def _on_draft_letter(self, meaning: Understanding) -> Reply:
        criteria = (meaning.criterion,) if meaning.criterion else None
        return Reply(self.draft_request_letter(criteria) + "\n\n(A draft; nothing was changed.)")

    def _on_draft_referral(self, meaning: Understanding) -> Reply:
        return Reply(self.draft_referral_summary() + "\n\n(A draft; nothing was changed.)")
