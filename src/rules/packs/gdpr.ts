/**
 * A citation of the GDPR's legal bases, as privacy notices in every EU language write it
 * ("art. 6.1.a RGPD", "Art. 6 Abs. 1 lit. f DSGVO", "artículo 6.1.a)"). A purpose whose legal
 * basis is point (a), consent, is gated by consent; the citation itself says that personal data
 * is processed (used) for it. Folded text: lower case.
 */
export const GDPR_ARTICLE_6 =
  'art(?:icle|ículo|ikel|\\.)? ?6[^\\p{L}]{1,8}(?:paragraphe |al(?:inéa|\\.) ?|abs\\. ?|apartado )?1[^\\p{L}]{0,8}(?:point |lettre |lit\\. ?|letra |buchst\\. ?|s\\. ?1 lit\\. ?)?[a-f]'

/** Point (a), consent, of that article. */
export const GDPR_CONSENT_BASIS = GDPR_ARTICLE_6.replace(/\[a-f\]$/, 'a')
