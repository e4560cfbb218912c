import type { UseVocabulary } from '../types.js'

/*
 * How French terms and privacy notices state a use of data or content ("nous utilisons vos
 * données pour …", « vos contenus peuvent être communiqués à … », a row of a table of
 * finalités and bases légales) and the words that set its limits (« uniquement », « sauf »,
 * « avec votre consentement », « à compter du 1er mai 2026 », « supprimées au bout de 30 jours »).
 * Ids are the English pack's (builtin-uses.ts); labels give the French words with an English gloss.
 * Patterns match folded lower-case text: accents stay, apostrophes are straight ("l'", "d'", "n'").
 */

/** Any letters: inflection endings (accented letters are letters; `\w` would stop at "é"). */
const L = '\\p{L}*'
const MONTHS = '(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)'
/** A date: "1er mai 2026", "15 mars 2026", "01/05/2026". */
const DATE = `(?:\\d{1,2}(?:er)? ${MONTHS} \\d{4}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})`
const UNITS = '(?:heures?|jours?|semaines?|mois|ans|années?)'
const NUMBERS = "(?:un|une|deux|trois|quatre|six|sept|douze|quinze|trente|soixante|quatre-vingt-dix|cent)"
/** Participles of providing or making content: "téléversés", "collectées", "mis en ligne". */
const PROVIDED = `(?:cré|collect|recueilli|téléchargé|téléversé|fourni|soumi|transmi|partagé|publié|importé|enregistré)${L}|mis(?:es?)? en ligne`
/** Plans and tiers: "offre Gratuite", "formule Entreprise", "clients Pro", "comptes professionnels". */
const TIER_HOLDERS = "(?:offres?|formules?|abonnements?|forfaits?|plans?|comptes?|éditions?|versions?|clients?|utilisat(?:eur|rice)s?|membres?|abonnés?|vendeurs?|vendeuses?)"
const TIERS = '(?:gratuit(?:e|s|es)?|personnel(?:le|s|les)?|pro|professionnel(?:le|s|les)?|business|entreprises?|équipes?|team|premium|basique|essentiel(?:le)?s?|plus|studio|payant(?:e|s|es)?|standard|famille|éducation|découverte)'
/** Models and AI systems, as the company's own. */
const MODELS = "(?:modèles?|algorithmes?|ia|intelligence artificielle|systèmes?|llms?|outils? d'ia)"
/** Data and content that a use or a retention is about. */
const DATA = "(?:données|informations|contenus?|fichiers|conversations|messages|publications|enregistrements|photos|vidéos|documents|créations|(?:œ|oe)uvres)"

export const FRENCH_USES: UseVocabulary = {
  verbs: [
    `utilis${L}`, `r[ée]-?utilis${L}`, `employ(?:er|ons|ez|ent|é|ée|és|ées)`, `emploi(?:e|es|ent|ons|erons|era)`, `trait(?:er|ons|ent|e|é|ée|és|ées|era|erons|eront|ant|ement|ements)`, `analys(?:er|ons|ent|e|é|ée|és|ées|era|erons|ant)`,
    `exploit(?:er|ons|ent|e|é|ée|és|ées|era|erons|ant|ation)`, `(?:sert|servent|servir|servira|serviront) (?:à|aux)`, `nous (?:en )?servons`,
    `partag${L}`, `communiqu(?:er|ons|ent|e|é|ée|és|ées|era|erons|eront|ant)`, `divulgu${L}`, `vend(?:ons|rons|re|ra|ront|ent|u|us|ue|ues)`, `lou(?:er|ons|erons|é|ée|és|ées)`,
    `c[èé]d(?:er|ons|erons|era|eront|ent|é|ée|és|ées)`, `transf[ée]r${L}`, `transm(?:et|ets|ettons|ettez|ettent|ettre|ettra|ettrons|ettront|is|ise|ises)`, `fourni${L} (?:à|aux)`, `(?:mett|met|mis)${L} à (?:la )?disposition`,
    `combin${L}`, `crois(?:er|ons|ent|é|ée|és|ées|ement)`, `recoup${L}`, `conserv${L}`, `gard(?:er|ons|ent|é|ée|és|ées|era|erons)`, `stock${L}`, `archiv(?:er|ons|ent|é|ée|és|ées|age)`,
    `entra[iî]n(?:er|ons|ent|é|ée|és|ées|era|erons|ant|ement)`, `r[ée]-?entra[iî]n${L}`, `amélior(?:er|ons|ent|é|ée|és|ées|era|erons|ant)`, `développ(?:er|ons|ent|é|ée|és|ées|era|erons|ant)`, `perfectionn${L}`,
    `affich${L}`, `publi(?:er|ons|ent|e|é|ée|és|ées|era|erons|ant)`, `diffus${L}`, `montr${L}`, `(?:mett|met|mis)${L} en (?:avant|valeur)`, `présent(?:er|ons|ent|é|ée|és|ées|era|erons)`,
    `commercialis${L}`, `promouv(?:oir|ons|ra|rons)`, `personnalis(?:er|ons|ent|e|era|erons|eront|ant)`, `cibl(?:er|ons|ent|e|era|erons|age)`, `profil(?:er|ons|ent|é|ée|és|ées|age)`, `monétis${L}`,
    `concéd${L}`, `licenci(?:er|ons|é|ée|és|ées)`, `(?:s')?(?:étend|appliqu)${L} (?:également )?(?:à|aux)`, `collect${L}`, `recueill${L}`,
  ],
  limiters: [
    {
      id: 'only', label: '« uniquement » / « exclusivement » (only / solely)',
      patterns: [
        'uniquement', 'seulement', 'exclusivement', 'strictement', `limité${L} (?:à|aux)`, `restreint${L} (?:à|aux)`, `(?:aucune|nulle) autre`, `(?:à la|aux) seules? fins?`, `(?:le |la |les |l')?seul${L} (?:but|objet|fin|finalité)s?`,
        // "Nous n'utilisons vos données que pour …": ne … que.
        `(?<=(?<![\\p{L}])(?:ne |n')[^.;|]{0,140})qu(?:e(?= )|(?='))`,
      ],
    },
    {
      id: 'exception', label: 'une exclusion (an exclusion)',
      patterns: [
        `sauf(?! (?:si|lorsque|quand|opposition|refus|avis contraire))`, `excepté${L}`, "à l'exception (?:de|des|du|d')", "à l'exclusion", 'hormis', `exclu(?:e|es|s|t|re|ons|ent|ant)?`, 'exclusion',
        `autres? que`, "en dehors (?:de|des|du|d')", `(?:n'inclu${L}|ne (?:comprend|comprennent|couvre|couvrent|vise|visent|concerne|concernent)) pas`,
      ],
    },
    {
      id: 'consent', label: 'consentement / opt-in (consent / opt-in)',
      patterns: [
        'consentement', `consent(?:ez|ir|i|ie|is|ies)`, 'opt-?in', `(?:avec|moyennant|sous réserve de|après (?:avoir )?(?:obtenu|recueilli)) (?:votre |leur |le |l')?(?:accord|autorisation|permission)(?: (?:préalable|expresse|explicite))?`,
        `(?:si|lorsque|dès lors que) vous (?:l'|les |le |la |y )?(?:avez )?(?:activ|accept|autoris|choisi|opt|consent)${L}`, `(?:uniquement|seulement) (?:si|lorsque) vous`,
        `(?<=(?:ne |n')[^.;|]{0,140})que (?:si|lorsque) vous`, `désactivé${L} par défaut`, `(?:sauf|à moins) que vous (?:ne )?(?:l'|les |le |la )?(?:activiez|acceptiez|autorisiez)`,
      ],
    },
    {
      id: 'opt-out', label: "droit d'opposition / opt-out (an opt-out)",
      patterns: [
        'opt-?out', `sauf (?:si vous (?:vous y opposez|vous opposez|le désactivez|la désactivez|les désactivez|refusez|retirez)|opposition|refus)`, `à moins que vous (?:ne )?(?:vous y opposiez|vous opposiez|le désactiviez|la désactiviez|refusiez)`,
        `vous (?:pouvez|pourrez|pouvez à tout moment|pourrez à tout moment) (?:vous y opposer|vous opposer|le désactiver|la désactiver|les désactiver|désactiver|refuser|retirer|vous désinscrire|vous désabonner)`,
        `(?:si|lorsque) vous vous (?:y )?opposez`, `droit (?:d'opposition|de vous (?:y )?opposer|de refuser)`, `vous (?:y )?opposer`,
      ],
    },
    { id: 'negation', label: '« ne … pas » / « jamais » (a "not" / "never")', patterns: ['ne', "n(?=')", 'pas', 'jamais', 'aucun(?:e|s|es)?', 'ni', 'nullement', 'rien', 'sans', 'non'] },
    {
      id: 'deidentified', label: 'données anonymisées ou agrégées uniquement (de-identified or aggregated data only)',
      patterns: [`anonymis${L}`, `pseudonymis${L}`, `agrég(?:é|ée|és|ées|er|ation)`, `dés?-?identifi${L}`, 'non (?:personnelles|nominatives|identifiantes)', `ne vous identifi${L} (?:pas|plus)`, `ne permet${L} pas (?:de vous identifier|votre identification)`],
    },
    {
      id: 'time', label: 'une date de début (a start date or time limit)',
      patterns: [`(?:à compter|à partir|depuis) (?:du|de la date du|le) ${DATE}`, `(?:après|postérieurement) (?:au|le) ${DATE}`, `(?:${PROVIDED}) (?:à compter|à partir|après|postérieurement|depuis)`],
    },
    {
      id: 'deletion', label: 'un engagement de suppression (a deletion commitment)',
      patterns: [
        `(?:sont|est|seront|sera|être|soient|soit) (?:ensuite |automatiquement |définitivement |irrévocablement )?(?:supprimé|effacé|détruit|purgé|écrasé)${L}`,
        `nous (?:les |la |le |l')?(?:supprimons|effaçons|détruisons|purgeons|supprimerons|effacerons|détruirons)`, `(?:supprimé|effacé|détruit|purgé)${L} (?:après|dans|au bout|sous|à l'issue|au-delà|passé|\\d)`,
        `(?:dans un délai (?:maximum |maximal )?de|au bout de|sous|à l'issue d'un délai de|au-delà de|passé un délai de) (?:\\d+|${NUMBERS}) (?:heures|jours|semaines|mois)`,
      ],
    },
    { id: 'period', label: 'une durée de conservation fixe (a fixed retention period)', patterns: [`\\d+ ${UNITS}`, `${NUMBERS} ${UNITS}`] },
    { id: 'plan', label: 'une offre ou un abonnement (a plan, tier or product limit)', patterns: [`${TIER_HOLDERS} ${TIERS}`] },
    {
      id: 'own-models', label: "nos propres modèles (a limit to the company's own models)",
      patterns: [`(?:nos|notre|ses|son|sa) (?:propres? )?${MODELS}`, `(?:modèles?|algorithmes?|systèmes?) (?:internes|propriétaires|maison)`],
    },
  ],
  broadeners: [
    { id: 'any-other', label: '« tout autre … » (any other …)', patterns: [`(?:tout|toute|tous|toutes)(?: les)? autres?`, `n'importe quel(?:le)?s? autres?`, "l'ensemble des autres", 'quelque autre'] },
    {
      id: 'regardless', label: '« quel que soit » / « que … ou non » (whichever / regardless)',
      patterns: [
        `quel(?:le)?s? que soi(?:t|ent)`, "indépendamment (?:de|du|des|d')", `(?<=que (?:[\\p{L}']+ ){1,8})ou non`,
        `(?:tous|toutes) les (?:comptes|utilisat(?:eur|rice)s|membres|formules|offres|plans|abonnements|clients|abonnés)`, `(?:chaque|tout) (?:compte|utilisat(?:eur|rice)|membre|formule|offre|plan|client|abonnement|abonné)`,
      ],
    },
    {
      id: 'earlier-data', label: 'données antérieures au changement (data from before the change)',
      patterns: [
        `(?:${PROVIDED}) (?:avant|antérieurement|précédemment|jusqu'à (?:ce jour|présent|la date))`, `(?:précédemment|déjà|antérieurement) (?:${PROVIDED})`, `passé${L} (?:et|ou) (?:futur${L}|à venir)`,
        `${DATA} (?:historiques|antérieur${L}|existant${L})`,
      ],
    },
    {
      id: 'open-retention', label: 'conservation sans limite de durée (open-ended retention)',
      patterns: [
        `(?:conserv|gard|stock|archiv)${L}[^.;]{0,60}(?:aussi longtemps que (?:nécessaire|nous|cela|elles?|ils?)|indéfiniment|sans limit(?:e|ation) de durée|pour une durée (?:indéterminée|illimitée)|(?<!(?:supprim|effac|détrui|purg|anonymis)\\p{L}* (?:\\p{L}+ )?)(?:de (?:manière|façon) (?:illimitée|permanente|indéfinie)|à titre permanent|définitivement)|jusqu'à \\d+ ans)`,
        `ne (?:les |le |la |l')?(?:supprimons|effaçons|supprimerons|effacerons) plus`, `(?:aussi longtemps|tant) qu(?:e |')(?:(?:cela |ce |il |elles |ils |elle )?(?:est|sont|sera|seront|reste|restent|demeure|demeurent) )?(?:nécessaire|utile|requis)${L}`,
        `(?:aussi longtemps|tant) que nous (?:en )?(?:avons besoin|aurons besoin|le jugeons|l'estimons|le jugerons)`, `(?:pendant|pour) (?:toute )?la durée (?:nécessaire|utile)`,
        `jusqu'à ce qu(?:e |')(?:elles?|ils?|cela|celles-ci|ceux-ci) ne (?:soi(?:t|ent)|sont) plus (?:nécessaire|utile)${L}`, `(?:cycle|calendrier|politique|durée|rotation)s? (?:habituel|normal|standard|ordinaire)${L} (?:de|des) (?:conservation|sauvegardes?|rotation)`,
      ],
    },
    {
      id: 'default-on', label: 'activé par défaut (on by default)',
      patterns: [`activé${L} par défaut`, `par défaut,? (?:activé|actif|active)${L}`, `automatiquement (?:activé|inclus|incluse|inscrit|intégré)${L}`, `activé${L} (?:automatiquement )?pour (?:tous|toutes|chaque)`],
    },
    { id: 'weak-basis', label: 'intérêt légitime au lieu du consentement (legitimate interests instead of consent)', patterns: [`intérêts? légitimes?`, `vous (?:pouvez|pourrez) (?:à tout moment )?vous (?:y )?opposer`] },
    {
      id: 'and-products', label: "d'autres produits, modèles ou sociétés (further products, models or companies)",
      patterns: [
        `(?:et|ou) (?:les |des |d'autres |nos |à nos |à d'autres )?(?:produits|services|fonctionnalités|modèles|outils|applications|entreprises|sociétés|marques|activités) (?:qui|que|dont|bas|fond|développ|exploit|conçu|de notre groupe|du groupe)${L}`,
        `(?:actuel${L}|existant${L}|présent${L}) (?:ou|et) (?:futur${L}|à venir)`, `futur${L} (?:produits|services|fonctionnalités|offres)`, `(?:produits|services|fonctionnalités|offres) (?:futur${L}|à venir)`,
      ],
    },
  ],
  // "vos notes", "votre historique": not "votre compte", "votre consentement", "à votre disposition".
  yourThing: "(?<![\\p{L}])(?:vos|votre|tes|ton|ta) (?!(?:propres?|compte|consentement|choix|droits?|demandes?|accord|autorisation|part|pays|juridiction|responsabilité|risques?|accès|obligations?|utilisation|usage|disposition|égard|place|attention|abonnements?|commandes?|paiements?|achats?)(?![\\p{L}]))\\p{L}+",
  // "vous pouvez partager …", "si vous publiez …", "l'utilisateur peut …": the user acts.
  userAct: "(?<![\\p{L}])(?:vous (?:pouvez|pourrez|pouviez|devez|devrez|choisissez de|souhaitez|décidez de|acceptez de)|(?:si|lorsque|lorsqu'|quand|dès que|où|chaque fois que) vous|(?:l'utilisat(?:eur|rice)|les utilisat(?:eur|rice)s|le membre|les membres|le client|les clients) (?:peut|pourra|doit|peuvent|pourront|doivent|choisit de|choisissent de))(?: (?:également|aussi|librement|toujours|à tout moment|nous|les|la|le|leur|y|en|lui))*(?: l')?\\s*$",
  exclusions: [
    'sauf', `excepté${L}`, 'hormis', "à l'exception", "à l'exclusion", `exclu(?:e|es|s|t|ant)?`, `autres? que`, 'en dehors', 'mais pas', 'à moins que', 'ne', "n(?=')", 'pas', 'jamais', 'aucun(?:e|s|es)?', 'ni', 'sans',
  ],
}
