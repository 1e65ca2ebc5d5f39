// Colours of the network and the article's event marks. QuadClass is GDELT's split of the CAMEO roots:
// 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict.

export const QUAD_CLASSES = [
  {id: 1, label: 'Verbal cooperation', colour: '#2e7d32'},
  {id: 2, label: 'Material cooperation', colour: '#00838f'},
  {id: 3, label: 'Verbal conflict', colour: '#ef6c00'},
  {id: 4, label: 'Material conflict', colour: '#c62828'},
];

/** QuadClass of a CAMEO root ("11" -> 3), or 0 when it is not a root. */
export function quadClassOf(root) {
  const r = parseInt(root, 10);
  if (!(r >= 1 && r <= 20)) return 0;
  return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
}

// PLOVER 2.0's event types in herald-core's order (events/PloverType; a test keeps the two lists equal):
// cooperation in greens and blues, conflict in oranges and reds.
export const PLOVER_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'MOBILIZE', 'SANCTION', 'COERCE', 'ASSAULT'];
const PLOVER_COLOURS = ['#1b5e20', '#2e7d32', '#558b2f', '#00897b', '#00838f', '#0277bd', '#3949ab', '#6a1b9a',
  '#ef6c00', '#f9a825', '#d84315', '#ad1457', '#6d4c41', '#8d6e63', '#e53935', '#b71c1c'];

export function ploverColour(type) {
  const i = PLOVER_TYPES.indexOf(type);
  return i < 0 ? '#78909c' : PLOVER_COLOURS[i];
}

export function quadColour(id) {
  const q = QUAD_CLASSES.find(c => c.id === id);
  return q ? q.colour : '#78909c';
}

export function quadLabel(id) {
  const q = QUAD_CLASSES.find(c => c.id === id);
  return q ? q.label : 'Other';
}
