import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleFormatError, parseArticle, slugify } from './parse-article.ts';

const source = readFileSync(new URL('../../../content/source/baclofen-source.txt', import.meta.url), 'utf8');

describe('parseArticle on the course source', () => {
	const article = parseArticle(source);

	it('finds the intro and the seven sections in order', () => {
		expect(article.intro.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
		expect(article.sections.map((s) => s.title)).toEqual([
			'What is Baclofen?',
			'How Does Baclofen Work?',
			'Common Uses of Baclofen',
			'Side Effects of Baclofen',
			'Important Tips for Safe Use',
			'Fun Fact',
			'In Summary'
		]);
		expect(article.sections.map((s) => s.emoji)).toEqual(['💊', '⚙️', '🩺', '⚠️', '💡', '🧠', '✅']);
	});

	it('keeps bullet lists together and the boxed warning as a callout', () => {
		const uses = article.sections[2]!;
		expect(uses.blocks.map((b) => b.kind)).toEqual(['paragraph', 'list']);
		expect(uses.blocks[1]).toMatchObject({ items: expect.arrayContaining([expect.stringMatching(/^Cerebral Palsy/)]) });
		const sideEffects = article.sections[3]!;
		expect(sideEffects.blocks.map((b) => b.kind)).toEqual(['paragraph', 'list', 'paragraph', 'callout']);
		expect(sideEffects.blocks[3]).toMatchObject({ emoji: '⚠️', text: expect.stringMatching(/^Never stop Baclofen abruptly\./) });
	});

	it('loses no line of the source', () => {
		const lines = source.split('\n').map((l) => l.trim()).filter(Boolean);
		const rendered = [
			...article.intro.flatMap((b) => (b.kind === 'list' ? b.items.map((i) => `- ${i}`) : [b.kind === 'callout' ? `${b.emoji} ${b.text}` : b.text])),
			...article.sections.flatMap((s) => [
				`${s.emoji} ${s.title}`,
				...s.blocks.flatMap((b) => (b.kind === 'list' ? b.items.map((i) => `- ${i}`) : [b.kind === 'callout' ? `${b.emoji} ${b.text}` : b.text]))
			])
		];
		expect(rendered).toEqual(lines);
	});
});

describe('parseArticle on edited or broken articles', () => {
	it('follows an edited article: a new section becomes a new lesson', () => {
		const edited = `${source}\n📚 Further Reading\nAsk your pharmacist for the leaflet.\n`;
		expect(parseArticle(edited).sections.at(-1)).toMatchObject({ slug: 'further-reading', title: 'Further Reading' });
	});

	it('rejects an article without headings', () => {
		expect(() => parseArticle('Just one paragraph.')).toThrow(ArticleFormatError);
	});

	it('rejects a heading with no text under it', () => {
		expect(() => parseArticle('Intro.\n💊 One\n🧠 Two\nText.')).toThrow(/"One" has no text/);
	});

	it('slugifies headings for URLs', () => {
		expect(slugify('How Does Baclofen Work?')).toBe('how-does-baclofen-work');
	});
});
