// Quotes: quoted spans in an article's paragraphs, each with its speaker where the text says who.
import { sentenceAt } from './segment.ts';
import type { Paragraph, Quote, Range, Sentence, SpeakerBasis } from './types.ts';

export { groupQuotes } from './quote-groups.ts';

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
const STRAIGHT = '"';
const WORDISH = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

/** The outer ranges of the double-quoted spans in `[from, to)`; single quotes are apostrophes or nested quotes. */
function quotedSpans(text: string, from: number, to: number): Range[] {
  const spans: Range[] = [];
  let open = -1;
  let style: 'curly' | 'straight' | null = null;
  for (let i = from; i < to; i++) {
    const c = text.charAt(i);
    if (OPENERS.has(c)) {
      // Inside a straight quote a curly one is nested; a second curly opener means the first never closed.
      if (style === 'straight') continue;
      open = i;
      style = 'curly';
    } else if (CLOSERS.has(c)) {
      if (style !== 'curly') continue;
      spans.push({ start: open, end: i + 1 });
      style = null;
    } else if (c === STRAIGHT && style !== 'curly') {
      if (style === 'straight' && !SPACE.test(text.charAt(i - 1))) {
        spans.push({ start: open, end: i + 1 });
        style = null;
      } else if (canOpen(text, i, from, to)) {
        open = i;
        style = 'straight';
      }
    }
  }
  return spans;
}

/** A straight mark opens a quote after a space or opening punctuation and before a word: not the inch in `6" pipe`. */
function canOpen(text: string, i: number, from: number, to: number): boolean {
  const next = text.charAt(i + 1);
  if (i + 1 >= to || SPACE.test(next)) return false;
  return i === from || !/[\p{L}\p{N}.,;!?)\]]/u.test(text.charAt(i - 1));
}

function countWords(s: string): number {
  return s.split(/\s+/u).filter((word) => WORDISH.test(word)).length;
}

// --- Attribution ---------------------------------------------------------------------------------------------

/**
 * Verbs of saying, by base form; their -s, -ed and -ing forms are derived. Not "post": "an essay posted Wednesday"
 * is far more common in the news than "she posted that".
 */
const SAYING = (
  'say tell write argue claim fear state note warn add explain insist acknowledge admit ask reply respond ' +
  'announce declare suggest contend maintain conclude predict reveal recall stress emphasise emphasize observe ' +
  'remark clarify caution counter concede confirm deny testify tweet repeat assert allege complain urge ' +
  'describe estimate caution lament'
).split(' ');
const IRREGULAR = 'said told wrote written admitted admitting put_it'
  .split(' ')
  .map((v) => v.replace('_', ' '));
/** Base forms that are also common nouns ("a claim", "the state") only count with -s, -ed or -ing. */
const BASE_FORMS = new Set('say tell write argue add explain insist'.split(' '));

function forms(base: string): string[] {
  const result = BASE_FORMS.has(base) ? [base] : [];
  if (/[^aeiou]y$/.test(base))
    return [...result, `${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`];
  if (base.endsWith('e')) return [...result, `${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
  if (/(?:s|sh|ch|x)$/.test(base)) return [...result, `${base}es`, `${base}ed`, `${base}ing`];
  return [...result, `${base}s`, `${base}ed`, `${base}ing`];
}

const VERB_FORMS = [...new Set([...SAYING.flatMap(forms), ...IRREGULAR])].sort((a, b) => b.length - a.length);
const VERB_SOURCE = `(?:${VERB_FORMS.join('|')})`;
const VERB = new RegExp(`(?<![\\p{L}\\p{N}'’-])${VERB_SOURCE}(?![\\p{L}\\p{N}'’-])`, 'gu');

/** Words between a subject and its verb: "Amodei also wrote", "he has said". */
const ADVERB =
  /^(?:\p{Ll}+ly|also|later|then|again|once|further|previously|earlier|often|has|had|have|would|will|did|does)$/u;
/** Words a capitalised run may open with that are not part of a name (sentence openers, pronouns). */
const NOT_NAME = new Set(
  (
    'the a an this that these those but and or so yet however in on at for from with without after before when ' +
    'while if as since despite although though their his her its our my your then still meanwhile outside ' +
    'inside asked one he she it they we i you there here what why how who according'
  ).split(' '),
);
/** Auxiliaries before an -ing verb of saying: "he is arguing", "Amodei was telling". */
const AUXILIARY = /^(?:is|was|are|were|been|be|'s|’s)$/u;
/** Words that show the next one is a noun, not a verb: "that claims", "the notes", "a claim". */
const DETERMINER =
  /^(?:the|a|an|that|this|these|those|of|about|his|her|its|their|our|or|in|on|to|for|with|by)$/i;

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`;
const GAP = String.raw`[ \t\r\n]+`;
const NAME_RUN = String.raw`${NAME_WORD}(?:${GAP}${NAME_WORD})*`;
const NAME_AT_END = new RegExp(`(${NAME_RUN})$`, 'u');
const NAME_AT_START = new RegExp(`^(${NAME_RUN})`, 'u');
/** "Dr. Anika Roe of Save Gannet Sands", "Ruth Adeyemi at Kestrel & Co.": the person, not the organisation. */
const NAME_OF_ORGANISATION = new RegExp(
  String.raw`^(${NAME_RUN})${GAP}(?:of|at|from|with)${GAP}(?:the${GAP})?\p{Lu}[^,;:|]*$`,
  'u',
);
const NAMES = new RegExp(NAME_RUN, 'gu');
const PRONOUN = /^(?:he|she)$/i;
const ACCORDING = new RegExp(String.raw`[Aa]ccording to${GAP}(${NAME_RUN})`, 'gu');

/**
 * The name in a run of capitalised words, as the text writes it: less opening function words ("The", "However"),
 * less anything up to an all-capitals title ("Anthropic CEO Dario Amodei" → "Dario Amodei"), less a final full stop.
 * Null for a possessive ("Anthropic's"), an initialism alone ("U.S.") or when nothing is left.
 */
export function cleanName(run: string): string | null {
  let words = run.split(/\s+/u).filter(Boolean);
  while (words.length > 0 && NOT_NAME.has((words[0] ?? '').toLowerCase())) words = words.slice(1);
  const lastTitle = words.findLastIndex((w) => /^\p{Lu}{2,}$/u.test(w.replace(/\./g, '')));
  if (lastTitle >= 0) words = words.slice(lastTitle + 1);
  const last = words[words.length - 1];
  if (last === undefined || /['’]s?$/u.test(last)) return null;
  words[words.length - 1] = /^(?:\p{Lu}\.)+$/u.test(last) ? last : last.replace(/\.$/, '');
  return words.join(' ');
}

/** What is found next to a quote: a speaker, a verb whose subject is not a name ("the city said"), or nothing. */
type Finding = { kind: 'speaker'; name: string; basis: 'named' | 'pronoun' } | { kind: 'other' } | null;

const named = (name: string | null): Finding =>
  name === null ? null : { kind: 'speaker', name, basis: 'named' };

/** The last word of `s`, and `s` without it. */
function lastWord(s: string): { word: string; rest: string } {
  const match = /(\S+)\s*$/u.exec(s);
  return match ? { word: match[1] ?? '', rest: s.slice(0, match.index) } : { word: '', rest: '' };
}

/** The name a clause opens with, its subject: "Mayor Celia Dunmore defended …". */
function startName(clause: string): string | null {
  const run = NAME_AT_START.exec(clause.replace(/^[\s|,]+/u, ''));
  return run ? cleanName(run[1] ?? '') : null;
}

/**
 * The person a stretch between commas names: "Sophie Marchetti of Marchetti & Crane" → Sophie Marchetti;
 * "Harbour commissioner Mara Lindqvist" → Mara Lindqvist (a short description may come first).
 */
function segmentName(segment: string, maxLeadingWords: number): string | null {
  const trimmed = segment.trim();
  const organisation = NAME_OF_ORGANISATION.exec(trimmed);
  if (organisation) return cleanName(organisation[1] ?? '');
  const run = NAME_AT_END.exec(trimmed);
  if (!run) return null;
  const lead = trimmed.slice(0, run.index);
  if (/\b(?:of|at|from|for|by)\s+(?:the\s+)?$/u.test(lead)) return null; // "the head of Calder Police"
  return countWords(lead) <= maxLeadingWords ? cleanName(run[1] ?? '') : null;
}

/**
 * The subject of the saying verb that starts at `verbAt` in `s` (masked text, quotes blanked out with `|`):
 * a name or pronoun right before it ("Amodei wrote", "he also writes"); a name right after it when nothing
 * comes before ("…,” said Lutnick); after a comma, the person an appositive names ("Eamon Tully, the association's
 * chair, told"); with "and" or a participle, the sentence's subject ("Lutnick advocated …, stating").
 * `null` when the word is a noun rather than a verb ("that claims", "DeepSeek's claim").
 */
function subjectOf(s: string, verbAt: number, verb: string): Finding {
  let head = s.slice(0, verbAt);
  let { word, rest } = lastWord(head);
  while (ADVERB.test(word)) {
    head = rest;
    ({ word, rest } = lastWord(rest));
  }
  if (verb.endsWith('ing') && AUXILIARY.test(word)) {
    // "Amodei is arguing": the subject is before the auxiliary.
    head = rest;
    ({ word, rest } = lastWord(rest));
    while (ADVERB.test(word)) {
      head = rest;
      ({ word, rest } = lastWord(rest));
    }
  } else if (verb.endsWith('ing') && word !== '' && word !== 'and' && !/[,|]$/u.test(word)) {
    // A participle after its noun ("with the U.S. maintaining dominance") says nothing of who speaks.
    return null;
  }
  head = head.trimEnd();
  const clause = head.slice(head.lastIndexOf('|') + 1);
  if (word === '' || /^[|,]+$/u.test(word)) return named(startName(s.slice(verbAt + verb.length)));
  if (DETERMINER.test(word) || /['’]s?$/u.test(word)) return null;
  if (PRONOUN.test(word)) return { kind: 'speaker', name: word, basis: 'pronoun' };
  if (word === 'and' || (verb.endsWith('ing') && word.endsWith(',')))
    return named(startName(clause)) ?? { kind: 'other' };
  if (word.endsWith(',')) {
    const segments = clause.split(/[,;:]/u).slice(0, -1).reverse().slice(0, 3);
    for (const segment of segments) {
      const name = segmentName(segment, 4);
      if (name !== null) return named(name);
    }
    return { kind: 'other' };
  }
  const segment = clause.split(/[,;:(]/u).pop() ?? '';
  const name = /^\p{Lu}/u.test(word) ? segmentName(segment, Infinity) : null;
  return named(name) ?? { kind: 'other' };
}

/**
 * Attribution right after a quote, before any other words: `, said Lutnick`, `, he writes`, `Amodei wrote`,
 * `, according to Amodei`, `Eamon Tully, the association's chair, told`, `chief financial officer J. R. Ortiz said`.
 */
function findAfter(after: string): Finding {
  const rest = after.replace(/^[\s,—–-]*/u, '').slice(0, 200);
  const according = /^according to[ \t\r\n]+/u.exec(rest);
  if (according) return named(startName(rest.slice(according[0].length)));
  const verb = [...rest.matchAll(VERB)][0];
  if (verb === undefined) return null;
  const lead = rest.slice(0, verb.index);
  if (SENTENCE_END.test(lead) || countWords(lead) > 10) return null;
  const found = subjectOf(rest, verb.index, verb[0]);
  if (found?.kind !== 'speaker' || found.basis === 'pronoun') return found;
  // Only a description may come before the name: `“…” and Lutnick said later` is not an attribution.
  const at = lead.indexOf(found.name);
  if (lead.trim() === '') return found;
  const description = lead.slice(0, Math.max(0, at));
  return at >= 0 && !/\p{Lu}/u.test(description) && !CONJUNCTION.test(description) ? found : null;
}

/** A full stop, mark or quote that ends a clause: not the stop of an initial or a title ("J. R. Ortiz", "Dr. Roe"). */
const SENTENCE_END =
  /(?<!(?:^|[\s(])(?:\p{Lu}|Dr|Mr|Mrs|Ms|Mx|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Rev|Hon|Pres|Supt|Insp|Det|St|Sr|Jr))[.!?|]\s/u;
/** A word that starts a new clause: what follows it is not a description of the speaker. */
const CONJUNCTION = /(?:^|\s)(?:and|but|or|so|then|while|as|when|because|after|before|until|if|though)\s/u;

/** Attribution earlier in the sentence: "Amodei wrote that …", "he claims", "according to Amodei, …". */
function findBefore(before: string): Finding {
  const verbs = [...before.matchAll(VERB)];
  const according = [...before.matchAll(ACCORDING)].pop();
  for (let i = verbs.length - 1; i >= 0; i--) {
    const verb = verbs[i];
    if (verb === undefined) continue;
    if (according && according.index > verb.index) break;
    const found = subjectOf(before, verb.index, verb[0]);
    if (found !== null) return found;
  }
  return according ? named(cleanName(according[1] ?? '')) : null;
}

/** A person named as the subject of a verb, at a position in the text: what "he" and "she" refer back to. */
interface Mention {
  at: number;
  name: string;
  /** The sentence holding it, when a verb of saying is its predicate ("Tully said his members …"). */
  says: number | null;
}

const VERBISH = new RegExp(
  `^(?:${VERB_SOURCE}|\\p{Ll}+(?:es|ed)|is|was|has|had|will|would|could|can|may|might|did|does)$`,
  'u',
);
/** The words between a clause's start and a name, when the name is its subject ("Chief financial officer …"). */
const SUBJECT_LEAD = /(?:^|[.,;:!?(|\n—])((?:[ \t\r\n]*[\p{L}'’-]+){0,4})[ \t\r\n]*$/u;
const NOT_IN_SUBJECT_LEAD = /\b(?:of|by|to|in|on|at|for|with|from|about|the|a|an)\b/iu;

/**
 * Who each sentence's subject is: the names of saying verbs' subjects, and names that open a clause followed by a
 * verb ("Amodei compares", "Chief financial officer J. R. Ortiz was") or "who" ("Mara Lindqvist, who").
 */
function subjectMentions(masked: string, sentences: readonly Sentence[]): Mention[] {
  const mentions: Mention[] = [];
  sentences.forEach((sentence, index) => {
    const s = masked.slice(sentence.start, sentence.end);
    for (const verb of s.matchAll(VERB)) {
      const found = subjectOf(s, verb.index, verb[0]);
      if (found?.kind === 'speaker' && found.basis === 'named')
        mentions.push({ at: sentence.start + verb.index, name: found.name, says: index });
    }
    for (const match of s.matchAll(NAMES)) {
      const lead = SUBJECT_LEAD.exec(s.slice(Math.max(0, match.index - 60), match.index));
      if (!lead || NOT_IN_SUBJECT_LEAD.test(lead[1] ?? '')) continue;
      const name = cleanName(match[0]);
      const after = s.slice(match.index + match[0].length, match.index + match[0].length + 40);
      let words = after.trim().split(/[\s]+/u);
      while (words.length > 1 && ADVERB.test(words[0] ?? '')) words = words.slice(1);
      if (name !== null && (VERBISH.test(words[0] ?? '') || /^,\s*who\b/u.test(after)))
        mentions.push({ at: sentence.start + match.index, name, says: null });
    }
  });
  return mentions.sort((a, b) => a.at - b.at);
}

/** The last person named before `at`, or null. */
function lastMention(mentions: readonly Mention[], at: number): string | null {
  let found: string | null = null;
  for (const mention of mentions) {
    if (mention.at >= at) break;
    found = mention.name;
  }
  return found;
}

/** A credit line's name: `Dario Amodei, CEO of Anthropic` or `— Dario Amodei` → Dario Amodei. */
function creditName(line: string): string | null {
  const name =
    line
      .replace(/^[\s—–-]+/u, '')
      .split(',')[0]
      ?.trim() ?? '';
  return name === '' ? null : name;
}

// --- Finding -------------------------------------------------------------------------------------------------

/** Who a quote is attributed to, and how that is known. */
interface Attribution {
  speaker: string | null;
  basis: SpeakerBasis | null;
}
const UNKNOWN: Attribution = { speaker: null, basis: null };

/** `text` with every quote's outer range replaced by `|`, so names and verbs inside quotes are never read. */
function maskQuotes(text: string, spans: readonly Range[]): string {
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    out += text.slice(cursor, span.start) + '|'.repeat(span.end - span.start);
    cursor = span.end;
  }
  return out + text.slice(cursor);
}

/**
 * The quotes of one article, in text order, each with `group: -1` until `groupQuotes` places it. Quotes of one or
 * two words with no speaker are kept here: `groupQuotes` drops those no other article shares.
 */
export function findQuotes(
  text: string,
  paragraphs: readonly Paragraph[],
  sentences: readonly Sentence[],
): Quote[] {
  const perParagraph = paragraphs.map((p) => quotedSpans(text, p.marker ? p.marker.end : p.start, p.end));
  const spans = perParagraph.flat();
  const masked = maskQuotes(text, spans);
  const mentions = subjectMentions(masked, sentences);
  const quotes: Quote[] = [];

  perParagraph.forEach((paragraphSpans, p) => {
    const paragraph = paragraphs[p];
    const next = paragraphs[p + 1];
    const credit = next?.kind === 'attribution' ? creditName(text.slice(next.start, next.end)) : null;
    let previous: (Attribution & { end: number }) | null = null;
    for (const outer of paragraphSpans) {
      let start = outer.start + 1;
      let end = outer.end - 1;
      while (start < end && SPACE.test(text.charAt(start))) start++;
      while (end > start && SPACE.test(text.charAt(end - 1))) end--;
      // American punctuation puts the sentence's comma inside the marks ("“unipolar,” he warned"): not quoted.
      while (end > start && (text.charAt(end - 1) === ',' || SPACE.test(text.charAt(end - 1)))) end--;
      if (!WORDISH.test(text.slice(start, end))) continue;
      const sentence = sentenceAt(sentences, outer.start);
      const first = sentences[sentence];
      const last = sentences[sentenceAt(sentences, outer.end - 1)];
      const sentenceStart = Math.min(first?.start ?? outer.start, outer.start);
      const sentenceEnd = Math.max(last?.end ?? outer.end, outer.end);
      const from = Math.max(sentenceStart, paragraph?.start ?? 0);
      const to = Math.min(sentenceEnd, paragraph?.end ?? text.length);
      const found = findAfter(masked.slice(outer.end, to)) ?? findBefore(masked.slice(from, outer.start));
      const alone =
        masked.slice(sentenceStart, outer.start).trim() === '' &&
        /^[\s.,;:!?…]*$/u.test(masked.slice(outer.end, sentenceEnd));
      let attribution: Attribution = UNKNOWN;
      if (credit !== null) attribution = { speaker: credit, basis: 'credit-line' };
      else if (found?.kind === 'speaker' && found.basis === 'pronoun') {
        const name = lastMention(mentions, outer.start);
        attribution = name === null ? UNKNOWN : { speaker: name, basis: 'pronoun' };
      } else if (found?.kind === 'speaker') attribution = { speaker: found.name, basis: found.basis };
      else if (found === null && previous !== null) {
        // `“A,” Amodei wrote. “B.”`: a quote that follows an attributed one, with nothing said in between.
        if (previous.speaker !== null && continues(masked.slice(previous.end, outer.start), alone))
          attribution = previous;
      } else if (found === null && alone) {
        // `Tully said his members would fight. “They are selling …”`: a quote that is a sentence of its own, after
        // a sentence of the same paragraph saying who speaks.
        attribution = sayerBefore(masked, sentences, sentence, mentions);
      }
      quotes.push({
        start,
        end,
        outer,
        sentence,
        group: -1,
        speaker: attribution.speaker,
        speakerBasis: attribution.basis,
      });
      previous = { ...attribution, end: outer.end };
    }
  });
  return quotes;
}

/**
 * Between two quotes: nothing, a short attribution clause ending a sentence (` Amodei wrote. `), or, before a quote
 * that opens its sentence, a longer one that says nothing else (`, said Dr. Anika Roe, who chairs Save Gannet Sands. `).
 */
function continues(between: string, alone: boolean): boolean {
  if (countWords(between) <= 6) return true;
  return (
    alone &&
    countWords(between) <= 25 &&
    !SENTENCE_END.test(between.trimEnd()) &&
    [...between.matchAll(VERB)].length <= 1
  );
}

/**
 * The speaker of the sentence before `sentence`, in the same paragraph and with no quote of its own, when a verb of
 * saying has a named or pronoun subject in it ("Eamon Tully, the chair, said his members would fight.").
 */
function sayerBefore(
  masked: string,
  sentences: readonly Sentence[],
  sentence: number,
  mentions: readonly Mention[],
): Attribution {
  const before = sentences[sentence - 1];
  if (!before || before.paragraph !== sentences[sentence]?.paragraph) return UNKNOWN;
  const s = masked.slice(before.start, before.end);
  if (s.includes('|')) return UNKNOWN;
  for (const verb of [...s.matchAll(VERB)].reverse()) {
    const found = subjectOf(s, verb.index, verb[0]);
    if (found === null) continue;
    if (found.kind !== 'speaker') return UNKNOWN;
    if (found.basis === 'named') return { speaker: found.name, basis: 'named' };
    const name = lastMention(mentions, before.start + verb.index);
    return name === null ? UNKNOWN : { speaker: name, basis: 'pronoun' };
  }
  return UNKNOWN;
}
