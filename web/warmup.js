// Warming a fresh module up. The browser first compiles WebAssembly with a
// quick baseline compiler and optimises a function only once it has run for
// a while: the first real batch would run several times slower than the
// next. So each worker, once its module is ready and while nobody is
// waiting, analyses two made-up articles a few times (every stage runs: the
// cleaner, numbers and dates, the tagger, clusters, quotes, the cross-index).

const PARAGRAPHS = [
  'MOSCOW - Russian Foreign Minister Sergei Lavrov said on Tuesday that Moscow was "cautiously optimistic" about the talks in Geneva, which are due to resume early next year.',
  '"We would be supportive of his efforts," Lavrov told reporters after meeting the UN envoy Staffan de Mistura, adding that more than 250,000 people had been killed in the conflict since March 2011.',
  'Syrian Foreign Minister Walid al-Moualem met officials from the European Union and NATO in Vienna last week. Muallem said some 4 million refugees had fled to Turkey, Lebanon and Jordan, a quarter of a million of them children.',
  'According to the United Nations, $1.5 billion in aid was pledged on Wednesday, about 12 percent more than in 2014. The White House said President Barack Obama would discuss the plan with Chancellor Angela Merkel in Berlin on Sept. 16.',
  '"It is a matter of time," a senior diplomat told Reuters, while a Kremlin spokesman, Dmitry Peskov, declined to comment on the fifth round of negotiations.',
];
const FURNITURE = ['Support The Moscow Times!', 'Share this article', 'Read more: Syria talks in Vienna'];

function article(title, order) {
  const body = order.map((i) => PARAGRAPHS[i]);
  return [FURNITURE[0], title, ...body, 'Parts From Reuters', FURNITURE[1], FURNITURE[2]].join('\n\n') + '\n';
}

const encoder = new TextEncoder();
const FILES = [
  { name: 'warm-up-1.txt', text: article("Lavrov: Russia 'Optimistic' on Syria Peace Talks", [0, 1, 2, 3, 4]) },
  { name: 'warm-up-2.txt', text: article('Russia Vows Support for Talks in Geneva', [2, 4, 0, 3, 1]) },
];
const files = () => FILES.map(({ name, text }) => ({ name, bytes: encoder.encode(text) }));

const ROUNDS = 6;
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Runs `round(files)` up to ROUNDS times, a task each, and stops as soon as
 * `wanted()` says real work is waiting (it goes first; warming up is only
 * for idle time).
 */
export async function warmUp(round, wanted) {
  for (let i = 0; i < ROUNDS; i++) {
    await pause();
    if (wanted()) return;
    try {
      round(files());
    } catch {
      return; // a broken module says so on the first real request
    }
  }
}

/** A coordinator's round: every stage, the JSON and the search index. */
export function analyseRound(presslens) {
  return (batch) => {
    const opened = presslens.open(batch);
    try {
      opened.json();
    } finally {
      opened.delete();
    }
  };
}

/** An annotator's round: the second stage only. */
export function annotateRound(presslens) {
  return (batch) => {
    const prepared = presslens.prepare(batch);
    try {
      presslens.annotate(prepared.annotationInputs(0, prepared.documents.length));
    } finally {
      prepared.delete();
    }
  };
}
