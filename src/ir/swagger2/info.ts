import type { ApiInfo, Tag } from '../types.js';
import { type ReadContext, asString, asStringArray, isObject } from './context.js';

/** Info Object, tags and the base URL (schemes/host/basePath) of a Swagger 2.0 document. */
export function readInfo(ctx: ReadContext): ApiInfo {
  const info = isObject(ctx.document.info) ? ctx.document.info : {};
  const description = asString(info.description);
  const license = isObject(info.license) ? info.license : undefined;
  const contact = isObject(info.contact) ? info.contact : undefined;
  const licenseName = asString(license?.name);
  const licenseUrl = asString(license?.url);
  const contactFields = contact
    ? Object.fromEntries(
        (['name', 'email', 'url'] as const).flatMap((k) => (typeof contact[k] === 'string' ? [[k, contact[k]]] : [])),
      )
    : {};
  return {
    title: asString(info.title) ?? 'API',
    version: asString(info.version) ?? String(info.version ?? '0.0.0'),
    ...(description === undefined ? {} : { description }),
    ...(licenseName === undefined ? {} : { license: { name: licenseName, ...(licenseUrl === undefined ? {} : { url: licenseUrl }) } }),
    ...(Object.keys(contactFields).length === 0 ? {} : { contact: contactFields }),
  };
}

export function readTags(ctx: ReadContext): Tag[] {
  const tags = Array.isArray(ctx.document.tags) ? ctx.document.tags : [];
  return tags.filter(isObject).flatMap((t) => {
    const name = asString(t.name);
    const description = asString(t.description);
    return name === undefined ? [] : [{ name, ...(description === undefined ? {} : { description }) }];
  });
}

/** `https://api.twinehealth.com/pub`, https first; none when the spec names no host. */
export function readServers(ctx: ReadContext): { servers: string[]; basePath: string } {
  const rawBase = asString(ctx.document.basePath) ?? '';
  const basePath = rawBase === '/' ? '' : rawBase.replace(/\/+$/, '');
  const host = asString(ctx.document.host);
  if (host === undefined || host === '') return { servers: [], basePath };
  const declared = asStringArray(ctx.document.schemes).filter((s) => s === 'https' || s === 'http');
  const schemes = declared.length === 0 ? ['https'] : [...new Set(declared)].sort((a, b) => (a === 'https' ? -1 : b === 'https' ? 1 : 0));
  return { servers: schemes.map((scheme) => `${scheme}://${host}${basePath}`), basePath };
}
