import type { Db } from '../db';
import * as m001 from './001-pages';
import * as m002 from './002-tags-collections';
import * as m003 from './003-annotations-corrections';
import * as m004 from './004-articles-fts';
import * as m005 from './005-version-source-page-bytes';
import * as m006 from './006-version-reason-bundle';
import * as m007 from './007-search-order-generation';
import * as m008 from './008-stable-ids';
import * as m009 from './009-people-index';
import * as m010 from './010-page-text-hash';
import * as m011 from './011-trash';
import * as m012 from './012-pdf-sources';
import * as m013 from './013-library-days';
import * as m014 from './014-filter-indexes';
import * as m015 from './015-page-structure';
import * as m016 from './016-drafts';
import * as m017 from './017-page-source-deflated';
import * as m018 from './018-compact-spans';
import * as m019 from './019-headline-index';
import * as m020 from './020-search-order-cache';

export interface Migration {
  version: number;
  up: (db: Db) => void;
}

/** Append only. Never edit a shipped migration: add the next number. */
export const migrations: Migration[] = [
  { version: 1, up: m001.up },
  { version: 2, up: m002.up },
  { version: 3, up: m003.up },
  { version: 4, up: m004.up },
  { version: 5, up: m005.up },
  { version: 6, up: m006.up },
  { version: 7, up: m007.up },
  { version: 8, up: m008.up },
  { version: 9, up: m009.up },
  { version: 10, up: m010.up },
  { version: 11, up: m011.up },
  { version: 12, up: m012.up },
  { version: 13, up: m013.up },
  { version: 14, up: m014.up },
  { version: 15, up: m015.up },
  { version: 16, up: m016.up },
  { version: 17, up: m017.up },
  { version: 18, up: m018.up },
  { version: 19, up: m019.up },
  { version: 20, up: m020.up },
];
