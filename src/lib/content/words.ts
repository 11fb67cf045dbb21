/**
 * The words of a text that carry its meaning: lower case, without small function words or the medicine's name, and
 * with a plural "s" taken off ("spasms" = "spasm"). Used to tell which facts of the article an answer states
 * (coverage test).
 */
const SMALL = new Set(
	'a an and are as at be been but by can do does for from has have how if in into is it its it’s of on or so such than that the their them then there these they this to too up was what when where which who will with you your baclofen may must should like any'.split(' ')
);

export function contentWords(text: string): Set<string> {
	const words = text.toLowerCase().match(/[a-z0-9]+(?:[’'-][a-z0-9]+)*/g) ?? [];
	return new Set(words.filter((w) => !SMALL.has(w)).map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w)));
}

