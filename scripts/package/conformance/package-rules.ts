import { create } from 'xmlbuilder2';
import { XML_ID, quote } from '../../../src/lib/tracking/scorm/value-formats.ts';
import { MANIFEST_FILE, NS } from '../manifest.ts';
import { manifestFiles } from '../package.ts';
import type { Failure, Rule } from './types.ts';

/**
 * The strict conformance rules on the package itself: the manifest's identifiers and references, and the files the
 * zip holds against the files the manifest lists. Pure, like rules.ts: each reads the input and returns failures.
 */

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const manifestIds: Rule = {
	id: 'manifest-ids',
	description: 'Manifest identifiers (manifest, organization, item, resource, objectiveID) are unique, valid XML IDs, and references resolve',
	check(input) {
		const failures: Failure[] = [];
		for (const pkg of input.packages) {
			const subject = (what: string) => `${MANIFEST_FILE} ${what}`;
			let root: Element;
			try {
				root = create(pkg.manifest).root().node as unknown as Element;
			} catch (error) {
				failures.push({ subject: subject('(whole file)'), version: pkg.version, found: `does not parse: ${message(error)}`, limit: 'well-formed XML' });
				continue;
			}
			const cp = root.namespaceURI ?? '';
			const all = [root, ...root.getElementsByTagName('*')];
			const ids = new Map<string, string>();
			for (const el of all) {
				if (!el.hasAttribute('identifier')) continue;
				const value = el.getAttribute('identifier') ?? '';
				const where = `<${el.localName} identifier>`;
				if (!XML_ID.test(value)) failures.push({ subject: subject(where), version: pkg.version, found: quote(value), limit: 'an XML ID (NCName): a letter or _ first, then letters, digits, _ . -' });
				const other = ids.get(value);
				if (other) failures.push({ subject: subject(where), version: pkg.version, found: `${quote(value)} is also the identifier of <${other}>`, limit: 'identifiers unique in the manifest (xs:ID)' });
				ids.set(value, el.localName);
			}
			if (!root.hasAttribute('identifier')) failures.push({ subject: subject('<manifest>'), version: pkg.version, found: 'has no identifier', limit: 'identifier is required' });
			const byName = (name: string, ns = cp) => [...root.getElementsByTagNameNS(ns, name)];
			const idsOf = (name: string) => new Set(byName(name).map((e) => e.getAttribute('identifier')));
			const organizations = idsOf('organization');
			const resources = idsOf('resource');
			for (const orgs of byName('organizations')) {
				const def = orgs.getAttribute('default');
				if (def !== null && !organizations.has(def)) failures.push({ subject: subject('<organizations default>'), version: pkg.version, found: `${quote(def)} names no <organization>`, limit: 'an IDREF to an organization' });
			}
			for (const el of [...byName('item'), ...byName('dependency')]) {
				const ref = el.getAttribute('identifierref');
				if (ref !== null && !resources.has(ref)) failures.push({ subject: subject(`<${el.localName} identifierref>`), version: pkg.version, found: `${quote(ref)} names no <resource>`, limit: 'an IDREF to a resource' });
			}
			for (const seq of byName('objectives', NS.scorm2004.imsss)) {
				const seen = new Set<string>();
				for (const el of [...seq.children]) {
					const value = el.getAttribute('objectiveID');
					if (value === null) continue;
					const where = `<imsss:${el.localName} objectiveID>`;
					if (!XML_ID.test(value)) failures.push({ subject: subject(where), version: pkg.version, found: quote(value), limit: 'an XML ID (NCName), so cmi.objectives.n.id can be the same string' });
					if (seen.has(value)) failures.push({ subject: subject(where), version: pkg.version, found: `${quote(value)} declared twice`, limit: 'objectiveIDs unique within an activity' });
					seen.add(value);
				}
			}
		}
		return failures;
	}
};

export const packageFiles: Rule = {
	id: 'package-files',
	description: 'Every file in the zip is listed in the manifest, and every listed file is in the zip',
	check(input) {
		const failures: Failure[] = [];
		for (const pkg of input.packages) {
			const limit = `every file of the package listed in its ${MANIFEST_FILE} resource, nothing else`;
			if (!pkg.entries.includes(MANIFEST_FILE)) failures.push({ subject: MANIFEST_FILE, version: pkg.version, found: 'is not at the zip root', limit: `${MANIFEST_FILE} at the zip root` });
			let listed: string[];
			try {
				listed = manifestFiles(pkg.manifest);
			} catch (error) {
				failures.push({ subject: MANIFEST_FILE, version: pkg.version, found: `cannot be read: ${message(error)}`, limit });
				continue;
			}
			const inZip = new Set(pkg.entries.filter((e) => e !== MANIFEST_FILE && !e.endsWith('/')));
			const listedSet = new Set(listed);
			for (const file of listedSet) if (listed.indexOf(file) !== listed.lastIndexOf(file)) failures.push({ subject: `file ${file}`, version: pkg.version, found: 'listed twice', limit });
			for (const file of listedSet) if (!inZip.has(file)) failures.push({ subject: `file ${file}`, version: pkg.version, found: `listed in ${MANIFEST_FILE} but not in the zip`, limit });
			for (const file of inZip) if (!listedSet.has(file)) failures.push({ subject: `file ${file}`, version: pkg.version, found: `in the zip but not listed in ${MANIFEST_FILE}`, limit });
		}
		return failures;
	}
};
