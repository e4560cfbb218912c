import type { NoticeLanguage } from '../types.js'
import { de } from './de.js'
import { en } from './en.js'
import { es } from './es.js'
import { fr } from './fr.js'
import type { NoticeTemplate } from './types.js'

export type { NoticeCategory, NoticeTemplate } from './types.js'

export const TEMPLATES: Readonly<Record<NoticeLanguage, NoticeTemplate>> = { en, fr, de, es }
