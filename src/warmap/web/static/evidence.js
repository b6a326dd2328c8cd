// A source sentence with the words behind each field marked.
//
// The export writes evidence offsets as offsets into the article text (the same text
// sources[].start/end point into), so subtracting the sentence's start gives offsets
// inside the sentence. When that does not land on the quoted words (a merged event
// whose evidence came from another report) the words are looked up in the sentence.

import { el } from "./dom.js";

export const FIELD_LABELS = {
  actor1: "actor 1", actor2: "actor 2", location: "place", date: "date",
  trigger: "event word", fatalities: "fatalities",
};

/** [{field, start, end}] inside the sentence, sorted, without overlaps. */
export function sentenceSpans(source, evidence) {
  const sentence = source.sentence || "";
  const spans = [];
  for (const ev of evidence || []) {
    if (!ev.text) continue;
    let start = ev.start - source.start;
    if (!(start >= 0 && sentence.slice(start, start + ev.text.length) === ev.text)) {
      start = sentence.indexOf(ev.text);
    }
    if (start < 0) continue;
    spans.push({ field: ev.field, start, end: start + ev.text.length });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  for (const s of spans) if (!kept.length || s.start >= kept[kept.length - 1].end) kept.push(s);
  return kept;
}

/** A <blockquote> of the sentence with <mark class="ev-FIELD"> around each span. */
export function highlightedSentence(source, evidence) {
  const sentence = source.sentence || "";
  const quote = el("blockquote", { class: "sentence" });
  let at = 0;
  for (const s of sentenceSpans(source, evidence)) {
    if (s.start > at) quote.append(sentence.slice(at, s.start));
    quote.append(el("mark", { class: `ev-${s.field}`, title: FIELD_LABELS[s.field] || s.field },
      sentence.slice(s.start, s.end)));
    at = s.end;
  }
  if (at < sentence.length) quote.append(sentence.slice(at));
  return quote;
}
