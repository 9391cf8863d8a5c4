// Letters compared without their accents, one rule for every comparison of names the extractor and the scorer make.

/** Letters with a stroke or a ligature that Unicode does not decompose into a base letter and a mark. */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', þ: 'th', Þ: 'Th',
};
const UNDECOMPOSED_LETTER = /[łŁøØđĐħĦıßæÆœŒþÞ]/g;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * The text without accents: "Petříček" is "Petricek", and "Błaszczak" "Blaszczak", "Støre" "Store" (press copy drops
 * the stroke as it drops an accent; Unicode decomposes the accent, not the stroke).
 */
export function unaccented(text: string): string {
  // (plain ASCII, most of what is compared, has neither: returned as it is, without the normalization's copies)
  if (ASCII.test(text)) return text;
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(UNDECOMPOSED_LETTER, (letter) => UNDECOMPOSED[letter]);
}
