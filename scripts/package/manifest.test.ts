import { create } from 'xmlbuilder2';
import { describe, expect, it } from 'vitest';
import { objectiveId, PRIMARY_OBJECTIVE_ID } from '../../src/lib/tracking/scorm/ids.ts';
import { buildManifest, NS, SCHEMA_LOCATIONS, type ManifestInput, type ScormVersion } from './manifest.ts';
import { schemaFiles, validateManifest } from './validate.ts';

const VERSIONS: ScormVersion[] = ['scorm12', 'scorm2004'];

function input(version: ScormVersion, overrides: Partial<ManifestInput> = {}): ManifestInput {
	return {
		id: 'baclofen_patient_education',
		title: 'Understanding Baclofen & you',
		version: '1.0.0',
		passMark: 80,
		lessons: [
			{ slug: 'what-is-baclofen', title: 'What is Baclofen?' },
			{ slug: 'fun-fact', title: 'Fun Fact' }
		],
		files: ['index.html', '_app/version.json', 'images/pill photo.svg', ...schemaFiles(version)],
		...overrides
	};
}

/** The manifest as a DOM, to read values by namespace rather than by string matching. */
function dom(xml: string): Element {
	return create(xml).root().node as unknown as Element;
}
const all = (root: Element, ns: string, name: string) => [...root.getElementsByTagNameNS(ns, name)];

async function expectValid(version: ScormVersion, xml: string) {
	const result = await validateManifest(version, xml);
	expect(result.errors).toEqual([]);
	expect(result.valid).toBe(true);
}

describe.each(VERSIONS)('%s manifest', (version) => {
	const ns = NS[version];

	it('validates against the official schemas', async () => {
		await expectValid(version, buildManifest(version, input(version)));
	});

	it('validates with a description, an awkward course id and an empty lesson list', async () => {
		const xml = buildManifest(version, input(version, { id: '2026 course: <baclofen>', description: 'What it does & how to take it', lessons: [] }));
		await expectValid(version, xml);
		expect(dom(xml).getAttribute('identifier')).toBe('id_2026_course___baclofen_');
	});

	it('fails validation when broken (so the validity tests can fail)', async () => {
		const good = buildManifest(version, input(version));
		const noIdentifier = good.replace(/ identifier="baclofen_patient_education"/, '');
		expect(noIdentifier).not.toBe(good);
		const wrongElement = good.replaceAll('organizations', 'organisations');
		const idStartsWithDigit = good.replace('identifier="baclofen_patient_education"', 'identifier="1baclofen"');
		for (const broken of [noIdentifier, wrongElement, idStartsWithDigit]) {
			const result = await validateManifest(version, broken);
			expect(result.valid).toBe(false);
			expect(result.errors.some((e) => e.startsWith('imsmanifest.xml:'))).toBe(true);
		}
	});

	it('has the ADL metadata, one organization, one SCO item and one resource listing every file', () => {
		const files = input(version).files;
		const root = dom(buildManifest(version, input(version)));
		expect(root.namespaceURI).toBe(ns.cp);
		expect(all(root, ns.cp, 'schema').map((e) => e.textContent)).toEqual(['ADL SCORM']);
		expect(all(root, ns.cp, 'schemaversion').map((e) => e.textContent)).toEqual([version === 'scorm12' ? '1.2' : '2004 4th Edition']);

		const [organizations] = all(root, ns.cp, 'organizations');
		const orgs = all(root, ns.cp, 'organization');
		expect(orgs).toHaveLength(1);
		expect(organizations!.getAttribute('default')).toBe(orgs[0]!.getAttribute('identifier'));
		const items = all(root, ns.cp, 'item');
		const resources = all(root, ns.cp, 'resource');
		expect(items).toHaveLength(1);
		expect(resources).toHaveLength(1);
		const [item, resource] = [items[0]!, resources[0]!];
		expect(item.getAttribute('identifierref')).toBe(resource.getAttribute('identifier'));
		expect(all(item, ns.cp, 'title')[0]!.textContent).toBe('Understanding Baclofen & you');
		expect(resource.getAttribute('href')).toBe('index.html');
		expect(resource.getAttribute('type')).toBe('webcontent');
		// Hrefs are URIs: the space is percent-encoded.
		expect(all(resource, ns.cp, 'file').map((f) => decodeURI(f.getAttribute('href')!))).toEqual(files);
		expect(all(resource, ns.cp, 'file').map((f) => f.getAttribute('href'))).toContain('images/pill%20photo.svg');
	});

	it('names, in xsi:schemaLocation, schema files that the package ships', () => {
		const root = dom(buildManifest(version, input(version)));
		const pairs = root.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'schemaLocation')!.split(/\s+/);
		expect(pairs).toEqual(SCHEMA_LOCATIONS[version].flat());
		const shipped = schemaFiles(version);
		for (let i = 1; i < pairs.length; i += 2) expect(shipped).toContain(pairs[i]);
	});

	it('rejects input that would make a broken package', () => {
		expect(() => buildManifest(version, input(version, { passMark: 120 }))).toThrow(/pass mark/);
		expect(() => buildManifest(version, input(version, { files: ['main.html'] }))).toThrow(/index\.html/);
		expect(() => buildManifest(version, input(version, { files: ['index.html', 'index.html'] }))).toThrow(/twice/);
		expect(() => buildManifest(version, input(version, { files: ['index.html', 'imsmanifest.xml'] }))).toThrow(/itself/);
		expect(() => buildManifest(version, input(version, { files: ['index.html', '../secret'] }))).toThrow(/relative/);
		const clash = [{ slug: 'a-b', title: '1' }, { slug: 'a_b', title: '2' }];
		expect(() => buildManifest(version, input(version, { lessons: clash }))).toThrow(/lesson_a_b/);
	});
});

describe('scorm12 specifics', () => {
	const ns = NS.scorm12;

	it.each([80, 75, 0, 100])('puts the pass mark %i in <adlcp:masteryscore> inside the item', async (passMark) => {
		const xml = buildManifest('scorm12', input('scorm12', { passMark }));
		const scores = all(dom(xml), ns.adlcp, 'masteryscore');
		expect(scores.map((e) => e.textContent)).toEqual([String(passMark)]);
		expect(scores[0]!.parentElement!.localName).toBe('item');
		if (passMark === 75) await expectValid('scorm12', xml);
	});

	it('uses the lower-case adlcp:scormtype and the 1.2 namespaces', () => {
		const xml = buildManifest('scorm12', input('scorm12'));
		const resource = all(dom(xml), ns.cp, 'resource')[0]!;
		expect(resource.getAttributeNS(ns.adlcp, 'scormtype')).toBe('sco');
		expect(resource.hasAttributeNS(ns.adlcp, 'scormType')).toBe(false);
		expect(xml).toContain(`xmlns="${ns.cp}"`);
		expect(xml).toContain(`xmlns:adlcp="${ns.adlcp}"`);
	});

	it('has no sequencing and no LOM (the imsmd schema cannot be validated here)', () => {
		const xml = buildManifest('scorm12', input('scorm12', { description: 'x' }));
		expect(xml).not.toMatch(/imsss|lom/);
	});
});

describe('scorm2004 specifics', () => {
	const ns = NS.scorm2004;

	it.each([
		[80, '0.8'],
		[75, '0.75'],
		[0, '0'],
		[100, '1'],
		[66.5, '0.665']
	])('puts pass mark %d as minNormalizedMeasure %s on a primary objective satisfied by measure', async (passMark, measure) => {
		const xml = buildManifest('scorm2004', input('scorm2004', { passMark }));
		const primary = all(dom(xml), ns.imsss, 'primaryObjective');
		expect(primary).toHaveLength(1);
		expect(primary[0]!.getAttribute('satisfiedByMeasure')).toBe('true');
		expect(primary[0]!.getAttribute('objectiveID')).toBe(PRIMARY_OBJECTIVE_ID);
		const measures = all(primary[0]!, ns.imsss, 'minNormalizedMeasure').map((e) => e.textContent);
		expect(measures).toEqual([measure]);
		expect(Number(measures[0])).toBeCloseTo(passMark / 100, 10);
		if (passMark === 66.5) await expectValid('scorm2004', xml);
	});

	it('gives every objective the pass mark, so an LMS that reads the last one (Moodle) never takes 100 %', async () => {
		const xml = buildManifest('scorm2004', input('scorm2004', { passMark: 75 }));
		const objectives = all(dom(xml), ns.imsss, 'objective');
		expect(objectives).toHaveLength(2);
		for (const objective of objectives) {
			expect(all(objective, ns.imsss, 'minNormalizedMeasure').map((e) => e.textContent)).toEqual(['0.75']);
			// Only the primary objective is satisfied by measure: the lesson objectives are reported by the content.
			expect(objective.getAttribute('satisfiedByMeasure')).toBeNull();
		}
		await expectValid('scorm2004', xml);
	});

	it('lets the content set completion and success, with one objective per lesson and no other sequencing', () => {
		const root = dom(buildManifest('scorm2004', input('scorm2004')));
		const sequencing = all(root, ns.imsss, 'sequencing');
		expect(sequencing).toHaveLength(1);
		expect(sequencing[0]!.parentElement!.localName).toBe('item');
		// childNodes, not children: the DOM behind xmlbuilder2 returns descendants from `children`.
		const children = [...sequencing[0]!.childNodes].filter((n): n is Element => n.nodeType === 1);
		expect(children.map((c) => c.localName)).toEqual(['objectives', 'deliveryControls']);
		const delivery = all(root, ns.imsss, 'deliveryControls')[0]!;
		expect(delivery.getAttribute('completionSetByContent')).toBe('true');
		expect(delivery.getAttribute('objectiveSetByContent')).toBe('true');
		expect(all(root, ns.imsss, 'objective').map((o) => o.getAttribute('objectiveID'))).toEqual(['lesson_what_is_baclofen', 'lesson_fun_fact']);
		for (const prefix of ['adlseq', 'adlnav'] as const) expect(all(root, ns[prefix], '*')).toEqual([]);
	});

	// The 2004 imscp schema checks extension attributes only laxly: a lower-case adlcp:scormtype would still
	// validate, yet LMSs would not see a SCO. So check the spelling directly.
	it('uses the camel-case adlcp:scormType and declares all five 2004 namespaces', () => {
		const xml = buildManifest('scorm2004', input('scorm2004'));
		const resource = all(dom(xml), ns.cp, 'resource')[0]!;
		expect(resource.getAttributeNS(ns.adlcp, 'scormType')).toBe('sco');
		expect(resource.hasAttributeNS(ns.adlcp, 'scormtype')).toBe(false);
		for (const prefix of ['adlcp', 'adlseq', 'adlnav', 'imsss'] as const) expect(xml).toContain(`xmlns:${prefix}="${ns[prefix]}"`);
		expect(xml).toContain(`xmlns="${ns.cp}"`);
	});

	it('writes the description as LOM metadata', () => {
		const root = dom(buildManifest('scorm2004', input('scorm2004', { description: 'About baclofen' })));
		expect(all(root, ns.lom, 'description')[0]!.textContent).toBe('About baclofen');
	});
});

describe('objectiveId', () => {
	it('turns a lesson slug into a valid XML id shared with the runtime', () => {
		expect(objectiveId('what-is-baclofen')).toBe('lesson_what_is_baclofen');
		expect(objectiveId('3-tips')).toBe('lesson_3_tips');
		expect(objectiveId('in-summary')).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
	});
});
