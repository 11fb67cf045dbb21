import type { Article, Block, Section } from './types.ts';

/**
 * Parses the plain-text article into an intro and sections, so that an edited article changes the course
 * without anyone retyping it.
 *
 * The format, as the source uses it:
 * - a heading is a short line that starts with an emoji and is not a sentence ("💊 What is Baclofen?");
 * - an emoji-led line that *is* a sentence is a callout (the boxed "⚠️ Never stop Baclofen abruptly. …");
 * - lines starting with "- " form a bullet list;
 * - every other non-empty line is a paragraph; text before the first heading is the intro.
 */

const EMOJI_LEAD = /^(\p{Extended_Pictographic}\uFE0F?)\s+(.+)$/u;
const BULLET = /^[-•]\s+(.+)$/;
const MAX_HEADING_LENGTH = 80;

export class ArticleFormatError extends Error {}

function isHeading(rest: string): boolean {
	return rest.length <= MAX_HEADING_LENGTH && !/[.:;]$/.test(rest) && !/[.!?]\s/.test(rest);
}

export function slugify(title: string): string {
	return title
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

export function parseArticle(text: string): Article {
	const intro: Block[] = [];
	const sections: Section[] = [];
	let blocks = intro;
	let prefix = 'intro';

	const nextId = () => `${prefix}-${blocks.length + 1}`;

	for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
		const line = raw.trim();
		if (!line) continue;

		const bullet = BULLET.exec(line);
		if (bullet) {
			const last = blocks.at(-1);
			if (last?.kind === 'list') last.items.push(bullet[1]!.trim());
			else blocks.push({ id: nextId(), kind: 'list', items: [bullet[1]!.trim()] });
			continue;
		}

		const lead = EMOJI_LEAD.exec(line);
		if (lead && isHeading(lead[2]!)) {
			const title = lead[2]!.trim();
			const slug = slugify(title);
			if (!slug) throw new ArticleFormatError(`Heading "${line}" gives an empty slug.`);
			if (sections.some((s) => s.slug === slug)) {
				throw new ArticleFormatError(`Two sections share the heading "${title}".`);
			}
			const section: Section = { slug, emoji: lead[1]!, title, blocks: [] };
			sections.push(section);
			blocks = section.blocks;
			prefix = slug;
			continue;
		}

		if (lead) {
			blocks.push({ id: nextId(), kind: 'callout', emoji: lead[1]!, text: lead[2]!.trim() });
		} else {
			blocks.push({ id: nextId(), kind: 'paragraph', text: line });
		}
	}

	if (sections.length === 0) throw new ArticleFormatError('The article has no headings, so no lessons.');
	const empty = sections.find((s) => s.blocks.length === 0);
	if (empty) throw new ArticleFormatError(`The section "${empty.title}" has no text.`);
	return { intro, sections };
}

/** The learner-visible text of a block, one string per paragraph or bullet. */
export function blockTexts(block: Block): string[] {
	return block.kind === 'list' ? block.items : [block.text];
}

/**
 * The article's units of meaning: each sentence of a paragraph or callout, and each bullet whole. A quote that the
 * course prints must be one of these (never a fragment), and coverage is counted over them.
 */
export function articleSentences(article: Article): string[] {
	const blocks = [...article.intro, ...article.sections.flatMap((s) => s.blocks)];
	return blocks.flatMap((b) => (b.kind === 'list' ? b.items : b.text.split(/(?<=[.!?:])\s+(?=[A-Z])/)));
}
