// Generated news articles for tests that compare two ways of analysing the
// same batch: deterministic (a seeded generator), varied enough to reach
// every part of the pipeline — furniture lines that recur across files (the
// cleaner sees the whole batch), names in several forms (clusters), quotes,
// figures, dates relative and absolute, accents and characters outside the
// BMP (UTF-16 offsets), JSON Lines records, and files that fail.

const PEOPLE = [
  ['Sergei', 'Lavrov'],
  ['Walid', 'al-Moualem'],
  ['Angela', 'Merkel'],
  ['François', 'Hollande'],
  ['John', 'Kerry'],
  ['Ban', 'Ki-moon'],
  ['Staffan', 'de Mistura'],
  ['Recep Tayyip', 'Erdoğan'],
  ['Ahmet', 'Davutoğlu'],
  ['Maria', 'Zakharova'],
  ['Vladimir', 'Putin'],
  ['Bashar', 'al-Assad'],
  ['Zoë', 'Ångström'],
  ['Łukasz', 'Wójcik'],
  ['Nguyễn', 'Thị Hà'],
];
const ROLES = ['Foreign Minister', 'spokeswoman', 'President', 'envoy', 'Secretary of State', 'Prime Minister'];
const ORGS = [
  'the United Nations',
  'NATO',
  'the European Union',
  'Reuters',
  'the Kremlin',
  'Gazprom',
  'the Red Cross',
  'Amnesty International',
];
const PLACES = [
  'Moscow',
  'Damascus',
  'Geneva',
  'Aleppo',
  'Vienna',
  'Ankara',
  'Berlin',
  'Paris',
  'Beirut',
  'Tehran',
  'São Paulo',
];
const CUES = ['said', 'told reporters', 'added', 'stressed', 'warned'];
const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'last week',
  'early next year',
  'on March 3, 2015',
  'in 2014',
];
const FIGURES = [
  '250,000 people',
  'a quarter of a million refugees',
  'more than 4 million people',
  '12 percent',
  '$1.5 billion',
  'about 300 fighters',
  'some 40,000 troops',
  'a four-year-old girl',
  'the fifth round',
];
const FURNITURE = [
  'Support The Moscow Times!',
  'Read more: Syria talks in Vienna',
  'Share this article on Facebook',
  'Sign up for our newsletter',
  '© 2015 All rights reserved',
  'Advertisement',
  'Related articles',
];
const EMOJI = ['🇷🇺', '🇸🇾', '📰', '𝔘𝔑'];

function rng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function article(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const person = () => pick(PEOPLE);
  const [first, last] = person();
  const place = pick(PLACES);
  const lines = [];
  if (random() < 0.6) lines.push(pick(FURNITURE));
  lines.push(`${last} Calls for Talks in ${place} as ${pick(ORGS).replace(/^the /, '')} Meets`);
  if (random() < 0.3) lines.push(`${place.toUpperCase()} - ${pick(WEEKDAYS)}`);
  const paragraphs = 3 + Math.floor(random() * 6);
  for (let p = 0; p < paragraphs; p++) {
    const [f2, l2] = person();
    const sentences = [];
    const role = pick(ROLES);
    sentences.push(
      `${role[0].toUpperCase()}${role.slice(1)} ${f2} ${l2} met officials from ${pick(ORGS)} in ${pick(PLACES)} ${pick(WEEKDAYS)}.`,
    );
    if (random() < 0.7)
      sentences.push(`"We will not accept ${pick(FIGURES)} being left without help," ${l2} ${pick(CUES)}.`);
    if (random() < 0.5)
      sentences.push(`According to ${pick(ORGS)}, ${pick(FIGURES)} have fled ${pick(PLACES)} since ${pick(WEEKDAYS)}.`);
    if (random() < 0.4)
      sentences.push(
        `${first} ${last}, the ${pick(ROLES).toLowerCase()}, said the talks would resume ${pick(WEEKDAYS)}.`,
      );
    if (random() < 0.15) sentences.push(`Supporters posted ${pick(EMOJI)} on social media.`);
    if (random() < 0.2) sentences.push(`"It is a matter of time," a senior diplomat told ${pick(ORGS)}.`);
    lines.push(sentences.join(' '));
    if (random() < 0.1) lines.push(pick(FURNITURE));
  }
  if (random() < 0.5) lines.push(`Parts From ${pick(['Reuters', 'AP', 'AFP', 'Interfax'])}`);
  if (random() < 0.6) lines.push(pick(FURNITURE));
  return lines.join('\n\n') + '\n';
}

/**
 * `count` articles as [{name, bytes: Uint8Array}], plus (when `failures`)
 * a binary file, an empty one and a JSON Lines file of three records.
 */
export function generatedArticles(count, { seed = 7, failures = true } = {}) {
  const random = rng(seed);
  const encoder = new TextEncoder();
  const files = [];
  for (let i = 0; i < count; i++) {
    files.push({ name: `generated-${String(i).padStart(4, '0')}.txt`, bytes: encoder.encode(article(random)) });
  }
  if (failures) {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    files.splice(Math.min(3, files.length), 0, { name: 'picture.png', bytes: png });
    files.push({ name: 'empty.txt', bytes: new Uint8Array() });
    const records = [0, 1, 2].map((k) =>
      JSON.stringify({ title: `Record ${k} from Geneva`, date: '2015-11-0' + (k + 1), articleBody: article(random) }),
    );
    files.push({ name: 'records.jsonl', bytes: encoder.encode(records.join('\n') + '\n') });
  }
  return files;
}
