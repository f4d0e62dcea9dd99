// graph.json text of a synthetic graph of any size, as chunks (never one string): `papers`
// paper nodes with long abstracts, all mentioning BERT. For size and memory tests only.

const FILLER = 'We fine-tune BERT on a long tail of tasks and report what transfers. '.repeat(34);

export function* syntheticGraphJson(papers: number): Generator<string> {
  yield '{"options":{"type":"directed","multi":true,"allowSelfLoops":false},"attributes":{"name":"papergraph","schemaVersion":1},"nodes":[';
  yield '{"key":"model:bert","attributes":{"type":"model","label":"BERT","aliases":[],"papers":0,"x":0,"y":0,"size":10,"color":"#e4572e"}}';
  for (let i = 0; i < papers; i++) {
    const title = `Paper ${i} on adapting BERT`;
    yield `,${JSON.stringify({ key: `paper:huge-${i}`, attributes: { type: 'paper', label: title, aliases: [], papers: 1, x: i % 1000, y: Math.floor(i / 1000), size: 3, color: '#9aa5b1', title, abstract: `${FILLER}${i}` } })}`;
  }
  yield '],"edges":[';
  for (let i = 0; i < papers; i++) {
    const key = `mentions:paper:huge-${i}->model:bert`;
    yield `${i ? ',' : ''}${JSON.stringify({ key, source: `paper:huge-${i}`, target: 'model:bert', attributes: { type: 'mentions', weight: 1, evidence: [{ paper: `paper:huge-${i}`, sentence: 'We fine-tune BERT.', rule: 'lexicon:bert' }] } })}`;
  }
  yield ']}';
}
