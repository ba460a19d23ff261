// Colours: the Okabe–Ito palette, distinguishable with every common form of
// colour blindness. Colour is never the only cue: entity types also differ
// in underline style, speakers by name.

/** One colour per speaker, in order of first quotation; text colour paired for contrast. */
export const SPEAKER_COLOURS = [
  ['#0072b2', '#ffffff'],
  ['#e69f00', '#000000'],
  ['#009e73', '#ffffff'],
  ['#cc79a7', '#000000'],
  ['#56b4e9', '#000000'],
  ['#d55e00', '#ffffff'],
  ['#f0e442', '#000000'],
];

/** The colour of a quotation nobody is named for. */
export const UNKNOWN_SPEAKER = ['#595959', '#ffffff'];

/** Entity type → swatch colour and the name of its underline style, for cards and the panel. */
export const ENTITY_STYLE = {
  person: { colour: '#0072b2', line: 'solid', label: 'Person' },
  organization: { colour: '#b36b00', line: 'dashed', label: 'Organisation' },
  place: { colour: '#007a5a', line: 'dotted', label: 'Place' },
  other: { colour: '#a0527f', line: 'double', label: 'Other' },
};

/** The warning underline colour. */
export const WARNING_COLOUR = '#d55e00';
