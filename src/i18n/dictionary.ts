/**
 * The shape every language's dictionary has: every key of the English one.
 * A plural key ends in "#" and a CLDR plural category ("#one", "#other"); a
 * language may add the categories English lacks (Hebrew's "#two"), and
 * `plural()` picks the form with Intl.PluralRules.
 */
import { en } from './en';

export type EnglishKey = keyof typeof en;
type PluralBase<K> = K extends `${infer Base}#other` ? Base : never;
/** A key the pages ask for: a plain key, or the base of a plural key. */
export type UiKey = Exclude<EnglishKey, `${string}#${string}`>;
export type PluralKey = PluralBase<EnglishKey>;
type ExtraPluralForms = `${PluralKey}#${'zero' | 'two' | 'few' | 'many'}`;

export type Dictionary = { readonly [K in EnglishKey]: string } & { readonly [K in ExtraPluralForms]?: string };
/** One area file of a language, typed from the English file of the same area. */
export type Translation<T> = { readonly [K in keyof T]: string } & { readonly [K in `${PluralBase<keyof T>}#${'zero' | 'two' | 'few' | 'many'}`]?: string };
