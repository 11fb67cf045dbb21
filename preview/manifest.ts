/**
 * Reads a package's imsmanifest.xml as an LMS does on upload: the default organization's launchable item and its
 * resource (the launch href with xml:base and parameters), the pass mark (1.2 masteryscore, 2004 the primary
 * objective's minNormalizedMeasure), launch data, completion threshold and objective ids, and what an LMS would warn
 * about.
 */

import { MANIFEST_NAMESPACES, type ScormVersion } from '../src/lib/tracking/scorm/data-model.ts';
import type { ManifestInfo } from './types.ts';

const NS = {
	adlcp12: MANIFEST_NAMESPACES.scorm12.adlcp,
	adlcp2004: MANIFEST_NAMESPACES.scorm2004.adlcp,
	imsss: MANIFEST_NAMESPACES.scorm2004.imsss
};

export async function readManifest(version: ScormVersion, packagePath: string): Promise<ManifestInfo> {
	const is12 = version === 'scorm12';
	const url = `${packagePath}imsmanifest.xml`;
	const res = await fetch(url, { cache: 'no-store' });
	if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
	const doc = new DOMParser().parseFromString(await res.text(), 'application/xml');
	if (doc.getElementsByTagName('parsererror').length > 0) throw new Error(`${url} is not well-formed XML`);
	const warnings: string[] = [];
	const all = (el: Element | Document, name: string) => Array.from(el.getElementsByTagNameNS('*', name));
	const first = (el: Element | Document, name: string) => all(el, name)[0] ?? null;
	const text = (el: Element | null | undefined) => (el?.textContent ?? '').trim();

	const root = doc.documentElement;
	const schemaVersion = text(first(doc, 'schemaversion'));
	if (is12 && schemaVersion !== '1.2') warnings.push(`schemaversion is "${schemaVersion}", expected "1.2"`);
	if (!is12 && !/^2004/.test(schemaVersion)) warnings.push(`schemaversion is "${schemaVersion}", expected "2004 4th Edition"`);

	const orgs = first(doc, 'organizations');
	const orgList = orgs ? all(orgs, 'organization') : [];
	const org = orgList.find((o) => o.getAttribute('identifier') === orgs?.getAttribute('default')) ?? orgList[0] ?? null;
	const item = org ? (all(org, 'item').find((i) => i.hasAttribute('identifierref')) ?? null) : null;
	if (!item) warnings.push('no <item> with an identifierref in the default organization');
	const ref = item?.getAttribute('identifierref') ?? '';
	const resource = all(doc, 'resource').find((r) => r.getAttribute('identifier') === ref) ?? null;
	if (item && !resource) warnings.push(`no <resource identifier="${ref}">`);
	let href = resource?.getAttribute('href') ?? 'index.html';
	const base = resource?.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'base') ?? '';
	if (base) href = base.replace(/\/?$/, '/') + href;
	if (/^([a-z]+:|\/)/i.test(href)) warnings.push(`launch href "${href}" is not relative to the package`);
	const parameters = item?.getAttribute('parameters') ?? '';
	if (parameters) href += (href.includes('?') ? '&' : '?') + parameters.replace(/^[?&]/, '');
	const scormType = resource
		? is12
			? resource.getAttributeNS(NS.adlcp12, 'scormtype')
			: resource.getAttributeNS(NS.adlcp2004, 'scormType')
		: '';
	if (resource && scormType !== 'sco') {
		warnings.push(`resource ${is12 ? 'adlcp:scormtype' : 'adlcp:scormType'} is "${scormType ?? ''}", expected "sco" (an LMS would not provide the API)`);
	}

	let mastery: number | null = null;
	let masterySource = '';
	const objectiveIds: string[] = [];
	const objectiveMeasures: Array<number | null> = [];
	if (is12) {
		const ms = item ? item.getElementsByTagNameNS(NS.adlcp12, 'masteryscore')[0] : undefined;
		if (ms && text(ms) !== '') {
			mastery = Number(text(ms));
			masterySource = 'imsmanifest.xml <adlcp:masteryscore>';
			if (!Number.isFinite(mastery) || mastery < 0 || mastery > 100) warnings.push(`masteryscore "${text(ms)}" is not 0–100`);
		}
	} else if (item) {
		const primary = item.getElementsByTagNameNS(NS.imsss, 'primaryObjective')[0];
		if (primary) {
			const id = primary.getAttribute('objectiveID');
			if (id) objectiveIds.push(id);
			const mnm = primary.getElementsByTagNameNS(NS.imsss, 'minNormalizedMeasure')[0];
			if (primary.getAttribute('satisfiedByMeasure') === 'true') {
				mastery = mnm ? Number(text(mnm)) : 1;
				masterySource = 'imsmanifest.xml primary objective <imsss:minNormalizedMeasure>';
			} else if (mnm) {
				warnings.push('primary objective has minNormalizedMeasure without satisfiedByMeasure="true": an LMS sends no cmi.scaled_passing_score');
			}
		}
		for (const o of Array.from(item.getElementsByTagNameNS(NS.imsss, 'objective'))) {
			const id = o.getAttribute('objectiveID');
			if (id && !objectiveIds.includes(id)) objectiveIds.push(id);
		}
		for (const o of all(item, '*').filter((e) => e.namespaceURI === NS.imsss && (e.localName === 'primaryObjective' || e.localName === 'objective'))) {
			const mnm = o.getElementsByTagNameNS(NS.imsss, 'minNormalizedMeasure')[0];
			objectiveMeasures.push(mnm && text(mnm) !== '' ? Number(text(mnm)) : null);
		}
	}
	const dataFromLms = item ? item.getElementsByTagNameNS(is12 ? NS.adlcp12 : NS.adlcp2004, is12 ? 'datafromlms' : 'dataFromLMS')[0] : undefined;
	const threshold = !is12 && item ? item.getElementsByTagNameNS(NS.adlcp2004, 'completionThreshold')[0] : undefined;
	return {
		title: text(org ? first(org, 'title') : null) || text(item ? first(item, 'title') : null),
		identifier: root.getAttribute('identifier') ?? '',
		schemaVersion,
		launchHref: href,
		mastery,
		masterySource,
		launchData: text(dataFromLms ?? null),
		completionThreshold: threshold ? (threshold.getAttribute('minProgressMeasure') ?? text(threshold)) : '',
		objectiveIds,
		objectiveMeasures,
		warnings
	};
}
