"""The actor dictionary: names in text -> canonical actors, with affiliations over time.

>>> actors = load_actors()
>>> [(m.mention, m.actor.id) for m in actors.find("Jabhat a-Nusra fighters shelled the town.")]
[('Jabhat a-Nusra fighters', 'jabhat_al_nusra')]
>>> actors.resolve("Daesh").id
'isis'
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Iterator
from pathlib import Path

from warmap.records import Actor, ActorMention

from .acronyms import with_defined_acronyms
from .joined import with_joined_forces
from .aliases import ENGLISH_ACRONYMS, fold, spelling_lookup, variants
from .context import Context
from .entries import ActorEntry, Affiliation
from .loader import DATA_DIR, ActorData, ActorDataError, read_actor_data
from .matcher import BLOCK, GENERIC, SPECIFIC, Hit, Matcher, Pattern
from .subunits import widen
from .state_forces import country_actor_id, country_names
from .units import find_units

__all__ = ["ActorDictionary", "UnknownActorError", "load_actors"]

#: "the armed forces of Armenia", "the police of Kenya": a generic state noun with its country after it.
# (also "of the Republic of Armenia", "of the Russian Federation" is a name of its own)
#: Ukraine's official English writes Russia lower-case on purpose ("russian troops shelled ..."); the same
#: letters capitalised name the same side (one letter changed: every offset stays)
_RUSSIA_LOWER = re.compile(r"\brussia(?:n|ns|'s|’s)?\b")
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:Islamic\s+|Federal\s+|Democratic\s+)?Republic\s+of\s+(?:the\s+)?)?"
                         r"((?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+){0,3})")


def _of_country(text: str, end: int, found: Actor) -> tuple[int, str | None, tuple[int, int, str] | None]:
    """Where a generic state mention ends, the id of the state force its "of <Country>" names
    (None when it names no country or the mention is no state force), and the (start, end, id)
    of a second country's force joined to it ("border guards of Tajikistan and Kyrgyzstan")."""
    m = _OF_COUNTRY.match(text, end)
    if m is None or found.type != "state forces":
        return end, None, None
    names = _countries_by_name()
    cc = names.get(m.group(1))
    if cc is None:
        return end, None, None
    role = "police" if found.id.startswith("police") or "Police" in found.name else "army"
    other = _AND_COUNTRY.match(text, m.end())
    occ = names.get(other.group(1)) if other is not None else None
    second = (other.start(1), other.end(1), country_actor_id(role, occ)) if occ and occ != cc else None
    return m.end(), country_actor_id(role, cc), second


#: "... of Tajikistan and Kyrgyzstan": the second country of a force named with two
_AND_COUNTRY = re.compile(r"\s+and\s+(?:the\s+)?((?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+){0,2})\b")


@functools.lru_cache(maxsize=1)
def _countries_by_name() -> dict[str, str]:
    return country_names()


#: "forces loyal to Libya's U.N.-backed unity government", "troops backing the internationally recognised government"
_LOYAL_TO_GOVERNMENT = re.compile(r"\b(?:[Ff]orces|[Tt]roops|[Ff]ighters|[Uu]nits|[Mm]ilitias?)\s+(?:loyal\s+to|backing|allied\s+(?:to|with)"
                                  r"|aligned\s+with)\s+(?:(?P<state>[A-Z][a-z]+)['’]s\s+)?(?:the\s+)?"
                                  # (the words that qualify the government, not a clause: "forces aligned with
                                  # the Council seized the government headquarters")
                                  r"(?:(?:[\w.'’]+-[\w.'’-]+|[A-Z][\w.'’-]*|unity|national|interim|transitional|internationally"
                                  r"|recogni[sz]ed|central|federal|elected|legitimate|new|exiled|provisional)\s+){0,3}?government\b")
#: "fighters loyal to President Abed Rabbo Mansour Hadi": a leader's forces, named with any of his names
_LOYAL_TO_LEADER = re.compile(
    r"\b(?:[Ff]orces|[Tt]roops|[Ff]ighters|[Uu]nits|[Ss]oldiers|[Rr]ebels|[Mm]ilitiamen|[Mm]ilitias?|[Gg]uards)\s+"
    r"(?:loyal\s+to|aligned\s+with|allied\s+(?:to|with))\s+"  # ("soldiers aligned with the former Vice-President, Riek Machar")
    r"(?:[A-Z][a-z]+['’]s\s+)?(?:the\s+)?(?:(?:former|ousted|exiled|deposed|late|rival|renegade|sacked)\s+)?"
    r"(?:(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Pp]remier|Gen\.|General|Field\s+Marshal|Marshal|[Cc]ommander|Col\."
    r"|Colonel|King|Sheikh|(?:[Ff]irst\s+)?[Vv]ice[\s-][Pp]resident|[Ll]eader|[Cc]hief),?\s+)?"
    r"(?:[A-Z][\w'’-]+\s+){0,4}(?P<last>[A-Z][\w'’-]+)")
#: "dressed in police uniform", "army fatigues": a thing of the force worn by someone else, not the force
_WORN = re.compile(r"\s+(?:uniforms?|fatigues|outfits?|clothes|clothing)\b", re.I)
#: "the opposition Liberal Party", "the opposition leader": the political opposition, no armed side
_POLITICAL_AFTER = re.compile(r"\s+(?:(?-i:[A-Z])[\w'’-]+\s+){0,3}?(?:party|parties|leaders?|candidates?|lawmakers?|MPs?"
                              r"|supporters|coalition|alliance|politicians?|figures?|movement|bloc|activists|deputies"
                              r"|senators?|members\s+of\s+parliament)\b", re.I)


def _qualifiers_dropped(text: str, found: list[ActorMention]) -> list[ActorMention]:
    """ "al-Qaeda-affiliated JNIM militants", "jihadist al-Shabaab fighters": a generic word
    written right before a named group qualifies that group; it is no second side."""
    return [m for m, nxt in zip(found, [*found[1:], None])
            if not (m.generic and nxt is not None and not nxt.generic and nxt.start - m.end <= 1
                    and not text[m.end:nxt.start].strip())]

class UnknownActorError(ActorDataError, KeyError):
    """An actor id that the dictionary does not define."""


class ActorDictionary:
    """Canonical actors and everything needed to find them in text."""

    def __init__(self, data: ActorData) -> None:
        self.version = data.version
        self._data = data
        self._entries = data.entries
        self._matcher = Matcher(self._patterns(data))
        self._specific_keys = {k: p for k, ps in self._matcher.keys.items() for p in ps[:1] if p.kind == SPECIFIC}
        # words that name an actor only in one country's stories, in a matcher of their own so
        # that elsewhere they hide nothing ("coalition military forces" outside Yemen)
        spelling = spelling_lookup(data.spelling)
        self._local = {cc: {fold(v): ident for phrase, ident in words.items() for v in variants(phrase, spelling)}
                       for cc, words in data.local.items()}
        self._local_matcher = Matcher(Matcher.pattern(v, SPECIFIC, "") for words in data.local.values()
                                      for phrase in words for v in variants(phrase, spelling))
        # the same keys without apostrophes inside words: "Dae'sh", "Ahrar al-Sham's" written "Ahrar al-Shams"
        self._bare_keys = {_INNER_QUOTE.sub("", k): p for k, p in self._specific_keys.items()}
        self._states = _state_names(data)
        # the extractor resolves the same generic mentions over and over ("government forces", SY)
        self._resolved = functools.lru_cache(maxsize=4096)(self._resolve)

    @staticmethod
    def _patterns(data: ActorData) -> Iterator[Pattern]:
        for phrase in data.block:
            yield Matcher.pattern(phrase, BLOCK, "")
        spelling = spelling_lookup(data.spelling)
        curated_first = sorted(data.entries.values(), key=lambda e: e.source == "state_forces.tsv")
        for e in curated_first:
            # an actor reached only through a role ("by_role") is no name in the text: "Civilians"
            names = list(e.aliases) + ([] if "by_role" in e.tags else [e.actor.name])
            for name in dict.fromkeys(names):
                for v in variants(name, spelling):
                    yield Matcher.pattern(v, SPECIFIC, e.actor.id)
        for i, rule in enumerate(data.generics):
            for phrase in rule.phrases:
                for v in variants(phrase, spelling, limit=4):
                    yield Matcher.pattern(v, GENERIC, i)

    # -- lookup -------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Actor]:
        return (e.actor for e in self._entries.values())

    def __contains__(self, ident: object) -> bool:
        return ident in self._entries

    def get(self, ident: str) -> Actor:
        """The actor with this id; ``UnknownActorError`` (a KeyError) names the fix otherwise."""
        return self.entry(ident).actor

    def entry(self, ident: str) -> ActorEntry:
        """The curated entry (aliases, tags, renames, memberships) of an actor."""
        try:
            return self._entries[ident]
        except KeyError:
            raise UnknownActorError(f"no actor with id {ident!r}; add it to actors/data/actors.toml") from None

    # -- text ---------------------------------------------------------------------------

    def find(self, text: str, *, country: str | None = None, placeless: bool = False) -> list[ActorMention]:
        """Every actor mention in ``text``, non-overlapping, in order.

        Named actors keep the phrase around them ("Nusra's Albu Kamal branch"); generic
        references ("the regime", "the group") are resolved from ``country`` (ISO alpha-2)
        and the actors named before them, with ``generic=True``, or left out. Words that name
        an actor in one country's stories only (``local_aliases``: "the coalition" in Yemen)
        count in that country's articles. ``placeless``: the text names no place at all (a
        brief), so a role's generic actor stands without a country ("soldiers": Military Forces).
        """
        ctx = Context(self._entries, self._data.roles, self._data.infer_country_from, country, placeless)
        text = _RUSSIA_LOWER.sub(lambda m: "R" + m.group(0)[1:], text) if "russia" in text else text
        hits = self._matcher.scan(text)
        words = self._local.get(ctx.country() or "")
        if words:
            hits = _prefer_local(hits, [h for h in self._local_matcher.scan(text) if fold(text[h.start:h.end]) in words])
        hits = _drop_group_nouns(hits, text)
        anchors = [h for h in hits if h.pattern.kind != GENERIC]
        spans: dict[int, tuple[int, int]] = {}
        for i, h in enumerate(anchors):
            if h.pattern.kind == SPECIFIC:
                lo = anchors[i - 1].end if i else 0
                hi = anchors[i + 1].start if i + 1 < len(anchors) else len(text)
                spans[h.start] = widen(text, h.start, h.end, lo, hi)
        covered = sorted(spans.values())
        out: list[ActorMention] = []
        for h in hits:
            kind = h.pattern.kind
            if kind == SPECIFIC:
                start, end = spans[h.start]
                actor = self._entries[self._local_id(text, h, ctx) or str(h.pattern.target)].actor
                actor = self._localised(actor, ctx)
                out.append(ActorMention(actor, text[start:end], start, end))
                ctx.note(end, actor)
            elif kind == GENERIC and not _inside(covered, h.start, h.end) and not _WORN.match(text, h.end) \
                    and not (text[h.start:h.end].lower().endswith("opposition") and _POLITICAL_AFTER.match(text, h.end)):
                found = ctx.resolve(self._data.generics[int(h.pattern.target)], h.start)
                if found is not None:
                    found = self._localised(found, ctx)
                    end, named, second = _of_country(text, h.end, found)
                    if named is not None and named in self._entries:
                        # "the armed forces of Armenia" in a story from Azerbaijan: Armenia's, by name
                        found = self._entries[named].actor
                    out.append(ActorMention(found, text[h.start:end], h.start, end, generic=named is None))
                    ctx.note(end, found)
                    if second is not None and second[2] in self._entries:
                        # "border guards of Tajikistan and Kyrgyzstan": Kyrgyzstan's too, the other side
                        out.append(ActorMention(self._entries[second[2]].actor, text[second[0]:second[1]],
                                                second[0], second[1]))
        out = _qualifiers_dropped(text, out)
        out = self._loyal_to_a_leader(text, self._loyal_to_a_government(text, out, ctx))
        return with_defined_acronyms(text, self._with_units(text, with_joined_forces(text, out, self.resolve, country), country))

    def _loyal_to_a_leader(self, text: str, found: list[ActorMention]) -> list[ActorMention]:
        """ "Army units loyal to former President Ali Abdullah Saleh": the forces the dictionary knows
        as loyal to that surname, over any generic word inside the phrase (none when it knows none)."""
        out = list(found)
        for m in _LOYAL_TO_LEADER.finditer(text) if " loyal to " in text or " aligned with " in text or " allied " in text else ():
            inside = [a for a in out if a.start < m.end() and m.start() < a.end]
            if any(not a.generic for a in inside):
                continue
            p = self._specific_keys.get(fold(f"forces loyal to {m.group('last')}"))
            if p is None:
                continue
            actor = self._entries[str(p.target)].actor
            start = min([m.start(), *(a.start for a in inside)])
            out = [a for a in out if a not in inside] + [ActorMention(actor, text[start:m.end()], start, m.end())]
        return sorted(out, key=lambda a: a.start)

    def _loyal_to_a_government(self, text: str, found: list[ActorMention], ctx: Context) -> list[ActorMention]:
        """ "Forces loyal to Libya's U.N.-backed unity government": the state's forces, whatever words
        qualify its government (the country's own forces when the phrase names no country)."""
        out = list(found)
        if "overnment" not in text:
            return out  # (the search only where a government is named)
        for m in _LOYAL_TO_GOVERNMENT.finditer(text):
            if any(a.start < m.end() and m.start() < a.end for a in found) or not (m.group("state") or ctx.country()):
                continue  # (no country named or known: no state's forces, and no lookup that comes back here)
            try:
                actor = self.resolve(f"{m.group('state')} forces") if m.group("state") else \
                    self.resolve("forces loyal to the government", country=ctx.country())
            except UnknownActorError:
                actor = None
            if actor is not None and actor.type == "state forces":
                out.append(ActorMention(actor, m.group(0), m.start(), m.end(), generic=True))
        return sorted(out, key=lambda a: a.start)

    def _local_id(self, text: str, h: Hit, ctx: Context) -> str | None:
        """The actor a hit names in this article's country (``local_aliases``), if any."""
        cc = ctx.country()
        words = self._local.get(cc) if cc else None
        return words.get(fold(text[h.start:h.end])) if words else None

    def _localised(self, actor: Actor, ctx: Context) -> Actor:
        """A country-less actor tagged ``localise:ROLE`` ("Unidentified Armed Group") with the
        name and country of the article country's actor of that role ("Unidentified Armed
        Group (Nigeria)"), keeping its own id so that code testing the id still works."""
        roles = [t.partition(":")[2] for t in self._entries[actor.id].tags if t.startswith("localise:")]
        local = ctx.role(roles[0]) if roles else None
        return actor if local is None else dataclasses.replace(local, id=actor.id, parent=actor.parent)

    def _with_units(self, text: str, found: list[ActorMention], country: str | None) -> list[ActorMention]:
        """``found`` plus the units named by designation that no mention covers (see ``units``)."""
        units = sorted(find_units(text, country), key=lambda u: (u[0] - u[1], u[0]))
        if not units:
            return found
        out = list(found)
        for start, end, ident in units:
            if ident in self._entries and not any(m.start < end and start < m.end for m in out):
                out.append(ActorMention(self._entries[ident].actor, text[start:end], start, end))
        return sorted(out, key=lambda m: m.start)

    def resolve(self, name: str, *, country: str | None = None) -> Actor | None:
        """The actor a name stands for ("Jabhat a-Nusra", "the regime" with country="SY"), or None.

        Tries the exact alias, then a state by its country name ("Russia" -> its military,
        as ACLED codes a state acting by name), then the longest mention ``find`` sees in the name, then a
        close spelling (rapidfuzz ratio >= 92, at most two letters longer or shorter).
        """
        return self._resolved(name, country)

    def _resolve(self, name: str, country: str | None) -> Actor | None:
        name = name.strip()
        key = fold(name)
        local = self._local.get(country.upper(), {}) if country else {}
        for k in (key, key.removeprefix("the "), key.removesuffix("'s")):
            if k in local:
                return self._entries[local[k]].actor
            p = self._specific_keys.get(k)
            if p is not None and (name.upper() not in ENGLISH_ACRONYMS or name == p.surface):
                return self._entries[str(p.target)].actor
        if name.upper() in ENGLISH_ACRONYMS and name != name.upper():
            return None
        bare = _INNER_QUOTE.sub("", key.removeprefix("the "))
        if bare != key.removeprefix("the ") and bare in self._bare_keys:
            return self._entries[str(self._bare_keys[bare].target)].actor
        state = self._states.get(key.removeprefix("the ").rstrip("."))
        if state is not None and (name.upper() not in ENGLISH_ACRONYMS or name.isupper()):
            return self._entries[state].actor
        mentions = self.find(name, country=country)
        if mentions:
            best = max(mentions, key=lambda m: m.end - m.start)
            if (best.end - best.start) * 2 >= len(name.strip()):
                return best.actor
        if len(key) >= 8:
            from rapidfuzz import fuzz, process  # only the CLI's odd spellings need it

            hit = process.extractOne(key, self._specific_keys.keys(), scorer=fuzz.ratio, score_cutoff=92)
            if hit is not None and abs(len(hit[0]) - len(key)) <= 2:
                return self._entries[str(self._specific_keys[hit[0]].target)].actor
        return None

    # -- affiliations -------------------------------------------------------------------

    def affiliations(self, ident: str, at: dt.date | None = None) -> list[Affiliation]:
        """Parents (up the chain), renames, and memberships valid ``at`` (all when None).

        Coalitions list their members valid ``at`` as ``has_member``.
        """
        entry = self.entry(ident)
        out: list[Affiliation] = []
        parent = entry.actor.parent
        while parent and parent in self._entries:
            out.append(Affiliation("parent", parent, self._entries[parent].actor.name))
            parent = self._entries[parent].actor.parent
        for kind, renames in (("renamed_from", entry.renamed_from), ("renamed_to", entry.renamed_to)):
            for r in renames:
                label = r.name or (self._entries[r.id].actor.name if r.id in self._entries else str(r.id))
                out.append(Affiliation(kind, r.id, label, date=r.date))
        for m in entry.member_of:
            if m.valid_at(at):
                out.append(Affiliation("member_of", m.id, self._name(m.id), m.since, m.until))
        for other in self._entries.values():
            for m in other.member_of:
                if m.id == ident and m.valid_at(at):
                    out.append(Affiliation("has_member", other.actor.id, other.actor.name, m.since, m.until))
        return out

    def name_at(self, ident: str, at: dt.date) -> str:
        """The name an actor went by on ``at`` ("Islamic State of Iraq (ISI)" for isis in 2012)."""
        entry = self.entry(ident)
        before = [r for r in entry.renamed_to if r.name and r.date <= at]
        if before:
            return max(before, key=lambda r: r.date).name or entry.actor.name
        after = [r for r in entry.renamed_from if r.name and r.date > at]
        if after:
            return min(after, key=lambda r: r.date).name or entry.actor.name
        return entry.actor.name

    def _name(self, ident: str) -> str:
        return self._entries[ident].actor.name if ident in self._entries else ident


_STATE_NAME = re.compile(r"^Military Forces of (?:the )?(.+)$")
_INNER_QUOTE = re.compile(r"(?<=[a-z])'(?=[a-z])")
_SHORT_STATE_NAMES = {"uk": "GB", "u.k": "GB", "britain": "GB", "great britain": "GB", "us": "US", "u.s": "US", "usa": "US",
                      "u.s.a": "US", "america": "US", "uae": "AE", "russian federation": "RU", "iran": "IR",
                      # official names of states acting by name
                      "syrian arab republic": "SY", "republic of iraq": "IQ", "islamic republic of iran": "IR",
                      "republic of turkey": "TR", "republic of turkiye": "TR", "hashemite kingdom of jordan": "JO",
                      "kingdom of saudi arabia": "SA", "state of israel": "IL", "lebanese republic": "LB",
                      "united states of america": "US"}


def _state_names(data: ActorData) -> dict[str, str]:
    """Folded country name -> id of its military: a state acting by name ("Russia", "the UK")."""
    out: dict[str, str] = {}
    by_cc: dict[str, str] = {}
    for e in data.entries.values():
        m = _STATE_NAME.match(e.actor.name)
        if m and e.actor.country and e.actor.parent is None:
            out[fold(m.group(1))] = e.actor.id
            by_cc[e.actor.country] = e.actor.id
    for short, cc in _SHORT_STATE_NAMES.items():
        if cc in by_cc:
            out[short] = by_cc[cc]
    return out


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


@functools.lru_cache(maxsize=4)
def _load(data_dir: Path) -> ActorDictionary:
    return ActorDictionary(read_actor_data(data_dir))


def load_actors(data_dir: Path | None = None) -> ActorDictionary:
    """The actor dictionary from ``data_dir`` (default: the packaged data), built once per process."""
    return _load(Path(data_dir) if data_dir else DATA_DIR)


def _prefer_local(hits: list[Hit], local: list[Hit]) -> list[Hit]:
    """``hits`` with the country's own words (``local``) in place of the hits they cover;
    a longer hit that a local word only overlaps stays."""
    if not local:
        return hits
    ranked = sorted([(h.start - h.end, 0, h) for h in local] + [(h.start - h.end, 1, h) for h in hits],
                    key=lambda c: (c[0], c[1], c[2].start))
    out: list[Hit] = []
    for _, _, h in ranked:
        if not any(o.start < h.end and h.start < o.end for o in out):
            out.append(h)
    return sorted(out, key=lambda h: h.start)


def _drop_group_nouns(hits: list, text: str) -> list:
    """A lowercase alias right after another name is that name's group noun, not an actor
    of its own: "the Jaish al-Fatah coalition" is Jaish al-Fatah, not the US-led coalition."""
    out: list = []
    for h in hits:
        prev = out[-1] if out else None
        if (prev is not None and prev.pattern.kind == SPECIFIC and text[h.start:h.end].islower()
                and 0 < h.start - prev.end <= 1 and text[prev.end:h.start].isspace()):
            continue
        out.append(h)
    return out
