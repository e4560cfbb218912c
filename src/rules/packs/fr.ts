import { BUILTIN_PACK } from '../builtin.js'
import type { RulePack } from '../types.js'
import { FRENCH_USES } from './fr-uses.js'
import { GDPR_ARTICLE_6, GDPR_CONSENT_BASIS } from './gdpr.js'

/*
 * French: how licences ("vous nous concédez une licence … ") and privacy notices ("nous ne
 * vendons pas vos données") are drafted in French terms (CGU, CGV, politiques de
 * confidentialité), including the droit d'auteur vocabulary of the Code de la propriété
 * intellectuelle (reproduire, représenter, adapter; « pour toute la durée des droits »).
 * Patterns match folded lower-case text: accents stay, quotes are straight, « » stay as they are.
 * Ids are the English pack's, so that findings compare and weigh the same; labels give the French
 * words with an English gloss.
 */

/** Any letters: inflection endings (accented letters are letters; `\w` would stop at "é"). */
const L = '\\p{L}*'
/** A French quotation mark, with the space French typography puts inside « ». */
const Q = `(?:["“”'‘’]|«\\s*|\\s*»)`

export const FRENCH_PACK: RulePack = {
  name: 'builtin-fr',
  language: 'fr',
  vocabulary: {
    attributes: [
      { id: 'perpetual', label: 'perpétuelle (perpetual)', weight: 2, patterns: [`perpétu${L}`, 'à perpétuité', `pour (?:toute |la )+durée (?:légale )?(?:de protection )?(?:des|du|de la) (?:droits?|propriété)${L}(?: (?:d'auteur|de propriété intellectuelle|patrimoniaux|voisins))?`, 'pour toute la durée légale', 'pour une durée illimitée', 'sans limit(?:e|ation) de (?:durée|temps)'] },
      { id: 'irrevocable', label: 'irrévocable (irrevocable)', weight: 2, patterns: [`(?<!non[- ])irr[ée]vocabl${L}`] },
      { id: 'worldwide', label: 'mondiale (worldwide)', weight: 0.5, patterns: [`mondial${L}`, '(?:dans|pour) le monde entier', '(?:dans|pour) tous (?:les )?pays', 'sans limitation (?:géographique|territoriale)'] },
      { id: 'royalty-free', label: 'gratuite (royalty-free)', weight: 0.5, patterns: [`gratuit${L}`, 'à titre gracieux', 'sans (?:aucune )?(?:contrepartie|rémunération|redevance|compensation)(?: financière)?', 'libre de (?:droits|redevances?)'] },
      { id: 'sublicensable', label: 'sous-licenciable (sublicensable)', weight: 2, patterns: [`sous-licenciabl${L}`, `(?:droit|faculté|possibilité) (?:de (?:concéder|consentir|octroyer|accorder) )?(?:des |une |de )?sous-licen${L}`, `(?:concéder|consentir|octroyer|accorder) (?:des |une )?sous-licences?`, `sous-licencier`, `(?:autorisant|permettant|avec) (?:pleinement |expressément )?(?:les |des |l'octroi de |la concession de )?sous-licences?`] },
      { id: 'multi-tier', label: 'sous-licences en cascade (through multiple tiers)', weight: 1, patterns: ['(?:à |sur )plusieurs niveaux', 'en cascade'] },
      { id: 'transferable', label: 'cessible (transferable)', weight: 1, patterns: ['(?<!non[- ])(?:cessibles?|transférables?|transmissibles?)', '(?:droit|faculté) de (?:céder|transférer)'] },
      { id: 'exclusive', label: 'exclusive (exclusive)', weight: 3, patterns: ['(?<!non[- ])(?<!compétence )(?<!juridiction )exclusi(?:f|ve|fs|ves)'] },
      { id: 'unconditional', label: 'sans restriction (unconditional / unrestricted)', weight: 1, patterns: [`inconditionnel${L}`, 'sans (?:aucune )?(?:restriction|réserve|condition)s?(?: (?:d\'aucune sorte|quelle qu\'elle soit))?'] },
      { id: 'all-other-rights', label: 'tous autres droits (all other rights)', weight: 2, patterns: ['tous (?:les )?(?:autres )?droits (?:nécessaires|requis|utiles)', 'l\'ensemble des droits (?:de propriété intellectuelle|patrimoniaux|d\'exploitation|d\'auteur)', 'tous (?:les )?droits (?:de propriété intellectuelle|patrimoniaux|d\'exploitation)'] },
      { id: 'survives-termination', label: 'survit à la résiliation (survives termination or deletion)', weight: 1, patterns: [`(?:survi${L}|subsist${L}|perdur${L}|demeur${L} en vigueur|rest${L} en vigueur|continu${L} (?:à|de) (?:s'appliquer|produire ses effets))[^.;]{0,60}(?:résiliation|suppression|fermeture|clôture|expiration|fin(?![\\p{L}]))`, `(?:même|y compris) après (?:la |le |l')?(?:résiliation|suppression|fermeture|clôture|expiration|fin|désinscription)`] },
      { id: 'moral-rights-waiver', label: 'renonciation au droit moral (moral rights waived)', weight: 1, patterns: [`(?:renonc${L}|(?:à |de )?ne pas (?:exercer|invoquer|revendiquer|opposer|faire valoir))[^.;]{0,80}(?:droits? mora${L}|droit de paternité|droit au respect)`, `(?:droits? mora${L}|droit de paternité)[^.;]{0,80}(?:renonc${L}|ne (?:pas )?(?:exercer|invoquer|faire valoir))`] },
      { id: 'any-media', label: 'tous supports connus ou inconnus (any media now known or later developed)', weight: 0.5, patterns: [`(?:tous|tout) (?:les )?(?:supports?|médias?|formats?|moyens?|modes? de (?:diffusion|communication))[^.;]{0,40}(?:connus? ou inconnus?|actuels? (?:ou|et) futurs?|existants? ou (?:à venir|futurs?))`, 'connus? ou inconnus? à ce jour'] },
      { id: 'assignment', label: 'cession des droits (assignment of ownership)', weight: 4, patterns: [`c[èé]d${L} (?:à [^.;]{1,60} )?(?:l'ensemble|la totalité|tous) (?:de |des )?(?:vos |ses |les )?droits`, 'cession (?:de |des )?(?:l\'ensemble des |la totalité des |tous les )droits'] },
    ],
    rightsVerbs: [
      { id: 'use', label: 'utiliser (use)', weight: 0, patterns: ['utilis(?:er|ation)'] },
      { id: 'host', label: 'héberger / stocker (host / store)', weight: 0, patterns: ['héberg(?:er|ement)', 'stock(?:er|age)', 'conserv(?:er|ation)', 'archiv(?:er|age)'] },
      { id: 'reproduce', label: 'reproduire (reproduce / copy)', weight: 0, patterns: ['reprodui(?:re|sant)', 'reproduction', 'copi(?:er|e)'] },
      { id: 'display', label: 'représenter / afficher (display)', weight: 0, patterns: ['représent(?:er|ation)', 'affich(?:er|age)', 'montrer', 'exposer'] },
      { id: 'transmit', label: 'communiquer au public (transmit / communicate to the public)', weight: 0, patterns: ['transmettre', 'communi(?:quer|cation) au public', 'mettre à (?:la )?disposition(?: du public)?', 'mise à (?:la )?disposition'] },
      { id: 'modify', label: 'modifier (modify / edit)', weight: 1, patterns: ['modifi(?:er|cations?)', 'retouch(?:er|es?)', `recadr${L}`, `raccourc${L}`, 'altérer', 'arranger', 'annoter'] },
      { id: 'adapt', label: 'adapter / traduire (adapt / translate)', weight: 1, patterns: ['adapt(?:er|ations?)', 'tradui(?:re|ts?)', 'traductions?', 'transcri(?:re|ption)'] },
      { id: 'derivative-works', label: 'œuvres dérivées (create derivative works)', weight: 1, patterns: ['(?:œ|oe)uvres? (?:dérivées?|composites?)'] },
      { id: 'publish', label: 'publier / diffuser (publish)', weight: 1, patterns: ['publi(?:er|cation)', 'diffus(?:er|ion)', 'radiodiffus(?:er|ion)', 'éditer'] },
      { id: 'distribute', label: 'distribuer (distribute)', weight: 1, patterns: ['(?:re)?distribu(?:er|tion)'] },
      { id: 'sell', label: 'vendre (sell)', weight: 2, patterns: ['vendre', 'revendre', 'louer', 'mettre en vente'] },
      { id: 'license', label: 'concéder des sous-licences (license to others)', weight: 2, patterns: ['concéder (?:des |une )?(?:sous-)?licences?', 'sous-licencier', 'accorder des (?:sous-)?licences'] },
      { id: 'commercialize', label: 'commercialiser (commercialise / monetise)', weight: 2, patterns: [`commercialis(?:er|ation)`, 'monétis(?:er|ation)', 'à des fins commerciales', '(?:usage|exploitation) commercial(?:e)?'] },
      { id: 'exploit', label: 'exploiter (exploit)', weight: 2, patterns: ['exploit(?:er|ation)'] },
      { id: 'otherwise-use', label: 'de quelque manière que ce soit ("otherwise use")', weight: 1, patterns: ['de quelque (?:manière|façon) que ce soit', 'par tous moyens', 'sous quelque forme que ce soit'] },
    ],
    objects: [
      { id: 'content', label: 'votre contenu (user content)', userSide: true, weight: 0, patterns: [`(?:vos|votre|leurs?|ses|son|sa) (?:\\p{L}+ )?(?:contenus?|publications?|créations?|(?:œ|oe)uvres?|photos?|photographies|vidéos?|fichiers?|documents?|textes?|annonces?|soumissions?|contributions?|projets?|designs?|musiques?|créations?)`, `contenus? (?:des |de l')?utilisat(?:eur|rice)s?`, `contenus? (?:que vous|publiés par vous|générés par (?:les |l')?utilisat${L})`, `(?:contenus?|éléments?|(?:œ|oe)uvres?|fichiers?) (?:que vous|qu'il|qu'elle|que l'utilisat${L}) (?:nous )?(?:publi${L}|télécharg${L}|télévers${L}|soumet${L}|fourni${L}|partag${L}|mett${L} en ligne|cré${L}|transmet${L})`] },
      { id: 'content-generic', label: 'contenu (content)', userSide: false, weight: 0, patterns: ['(?:ces|ce|cet|les|le|tout|tous les|l\'ensemble des?|lesdits|ledit) (?:contenus?|éléments?|(?:œ|oe)uvres?|soumissions?|publications?)', 'contenus?'] },
      { id: 'personal-data', label: 'données personnelles (personal data)', userSide: true, weight: 0, patterns: ['données (?:à caractère )?personnel(?:le)?s', `(?:vos|votre) (?:\\p{L}+ )?(?:données|informations)`, 'informations (?:personnelles|vous concernant|que vous (?:nous )?(?:fournissez|communiquez|transmettez))', 'données (?:vous concernant|des utilisateurs|utilisateurs?|clients?)'] },
      { id: 'inputs', label: 'entrées et requêtes (inputs and prompts)', userSide: true, weight: 1, patterns: ['entrées', 'invites?', 'prompts?', 'requêtes', 'saisies'] },
      { id: 'outputs', label: 'résultats générés (outputs)', userSide: true, weight: 1, patterns: ['sorties', `résultats? (?:générés?|produits?)`, `contenus? générés? par (?:l'ia|l'intelligence artificielle|le service|nos outils)`] },
      { id: 'communications', label: 'messages et échanges (messages and communications)', userSide: true, weight: 1, patterns: ['(?:vos )?(?:messages?|conversations?|échanges|correspondances?|communications?|discussions?|courriels?|e-?mails?)'] },
      { id: 'recordings', label: 'enregistrements (recordings, audio and video)', userSide: true, weight: 1, patterns: ['enregistrements?(?: (?:vocaux|audio|vidéo|sonores?))?', 'audio', 'transcriptions?'] },
      { id: 'identity', label: 'nom, image, voix (name, likeness, voice or image)', userSide: true, weight: 2, patterns: ["(?:votre|vos|son|ses|leurs?) (?:noms?|prénoms?)(?! d(?:e |')(?!famille))", '(?:votre |vos )?(?:prénoms?|voix|portrait|apparence|ressemblance|pseudonymes?|biographie|signature)', 'image (?:et|ou|,) (?:voix|nom|ressemblance)', '(?:nom|voix) (?:et|ou|,) image', 'photos? de profil', 'informations de profil', '(?:votre |son |leur )?profil(?: utilisateur| public)?', 'droit à l\'image', 'nom d\'utilisat(?:eur|rice)'] },
      { id: 'usage-data', label: "données d'utilisation (usage data and telemetry)", userSide: true, weight: 1, patterns: ['données d\'(?:utilisation|usage|interaction)', 'télémétrie', 'métadonnées', 'données (?:techniques|de connexion|de navigation|de diagnostic|de l\'appareil|d\'appareil)', 'journaux (?:de connexion|d\'activité)'] },
      { id: 'feedback', label: 'retours et suggestions (feedback)', userSide: true, weight: 0, patterns: ['retours?', 'suggestions?', 'idées?', 'propositions?', 'avis sur (?:le|les|nos) (?:services?|produits?)', 'commentaires? sur (?:le|les|nos) (?:services?|produits?)'] },
    ],
    purposes: [
      { id: 'any-purpose', label: 'à toutes fins (any purpose)', weight: 3, patterns: ['(?:à|pour) (?:toutes?|n\'importe quelles?) (?:autres? )?(?:fins?|finalités?)', '(?:à|pour) quelque fin que ce soit'] },
      { id: 'marketing', label: 'publicité et promotion (marketing, advertising or promotion)', weight: 1, patterns: ['marketing', `publicit${L}`, `promotion${L}`, 'promouvoir', 'prospection commerciale'] },
      { id: 'new-products', label: 'nouveaux produits ou services (developing new products, features or services)', weight: 2, patterns: [`(?:développ${L}|conce${L}|créer|création) (?:de |d')?(?:nouveaux|nouvelles) (?:produits|services|fonctionnalités|technologies|offres)`, 'nouveaux (?:produits|services) (?:et|ou) (?:fonctionnalités|services)'] },
      { id: 'research', label: 'recherche (research)', weight: 1, patterns: ['recherche(?:s)? (?:et (?:de )?développement|scientifiques?)', 'fins de recherche', 'r&d'] },
      { id: 'improve', label: 'amélioration des services (improving the services)', weight: 0.5, patterns: [`amélior(?:er|ation) (?:de |des |du )?(?:nos |les |le |la |notre )?(?:services?|produits?|plateformes?|fonctionnalités?|offres?|site)`] },
      { id: 'expansion', label: 'développement de nos activités (expanding the business)', weight: 1, patterns: ['développement (?:de nos|de notre) activités?'] },
    ],
    grantees: [
      { id: 'affiliates', label: 'sociétés affiliées (affiliates)', weight: 1, patterns: ['(?:sociétés|entités|entreprises) (?:affiliées|liées|apparentées|du groupe|de notre groupe)', 'affiliés', 'filiales?', 'notre groupe'] },
      { id: 'partners', label: 'partenaires (partners)', weight: 2, patterns: ['partenaires?'] },
      { id: 'third-parties', label: 'tiers (third parties)', weight: 2, patterns: ['tiers', 'tierces? parties?', 'toute (?:autre )?personne'] },
      { id: 'other-users', label: 'autres utilisateurs (other users)', weight: 2, patterns: ['(?:les )?autres (?:utilisateurs|membres|abonnés|clients)', '(?:le|au|du) public'] },
      { id: 'successors', label: 'ayants droit (successors and assigns)', weight: 1, patterns: ['ayants[- ](?:droits?|cause)', 'successeurs?', 'cessionnaires?'] },
      { id: 'sublicensees', label: 'sous-licenciés (sublicensees and licensees)', weight: 1, patterns: ['sous-licenciés?', 'titulaires de sous-licences?'] },
    ],
    conditions: [
      { id: 'consent', label: 'avec consentement (with consent (opt-in))', patterns: ['(?:avec|moyennant|sous réserve de|après|sur la base de|fondée? sur) (?:votre |leur |le )?(?:consentement|accord|autorisation)', '(?:si|lorsque|uniquement si) vous (?:y )?(?:consentez|acceptez|activez|choisissez|optez)', 'opt-?in', 'désactivée? par défaut'] },
      { id: 'opt-out', label: "droit d'opposition (opt-out available)", patterns: ['opt-?out', `vous (?:pouvez|pourrez) (?:vous y opposer|vous opposer|désactiver|retirer|refuser|modifier (?:ce|vos) (?:paramètres?|préférences?))`, 'droit (?:d\'opposition|de vous opposer)', 'sauf opposition', `vous opposer`] },
      { id: 'deidentified', label: 'données anonymisées (de-identified or aggregated data only)', patterns: [`anonymis${L}`, `pseudonymis${L}`, `agrégé${L}`, `dés?-?identifi${L}`, 'non (?:personnelles|nominatives|identifiantes)'] },
      { id: 'limited-purpose', label: 'uniquement pour fournir le service (solely to provide the service)', patterns: [`(?:uniquement|seulement|exclusivement|strictement) (?:dans la mesure nécessaire )?(?:pour|afin de|aux fins de|dans le but de|en vue de|dans le cadre de) (?:la |le |l'|vous )?(?:fourni${L}|fonctionnement|exécut${L}|prest${L}|assur${L}|rendre|héberg${L}|affich${L}|exploit(?:er|ation) (?:du|de la|le|la) (?:service|plateforme))`, '(?:dans la (?:stricte )?mesure|strictement) nécessaire', 'à (?:aucune|nulle) autre fin'] },
    ],
  },
  ai: {
    trainingVerbs: [`entra[iî]n${L}`, `r[ée]-?entra[iî]n${L}`, `pr[ée]-?entra[iî]n${L}`, `affin${L}`, 'former', 'formons', 'formé', 'formés', 'formées'],
    developmentVerbs: [`développ${L}`, `amélior${L}`, `perfectionn${L}`, `optimis${L}`, `conce(?:voir|vons|vra|vrons)`, `constru${L}`, `évalu${L}`, `valid${L}`, `ajust${L}`, `cré(?:er|ons|erons)`],
    recipients: ["fournisseurs? (?:de|d['’]) ?(?:modèles?|ia|l['’]ia|intelligence artificielle|apprentissage automatique)", "(?:partenaires?|prestataires?|sociétés|entreprises) (?:d['’]ia|de l['’]ia|en ia|(?:d['’]|de l['’])intelligence artificielle)"],
    aiNouns: [
      'intelligence artificielle', 'ia', 'i\\.a\\.', 'apprentissage (?:automatique|machine|profond)', 'machine[- ]learning', 'deep learning', 'ia générative', 'g[ée]n[ée]rati(?:f|fs|ve|ves)', 'llms?',
      `grands? modèles? de langage`, `modèles?(?! (?:économiques?|d'affaires|de (?:contrat|document|facturation|lettre|formulaire|courrier|tarification|abonnement)))`, `algorithm${L}`, `réseaux? de neurones`,
      `(?:agents?|assistants?) (?:conversationnels?|virtuels?|d'ia)`, 'chat ?bots?', `systèmes? d'(?:ia|intelligence artificielle)`, `technologies? d'(?:ia|intelligence artificielle)`, `outils? d'(?:ia|intelligence artificielle)`,
      'jeux de données', 'données d\'entraînement', 'données d\'apprentissage',
    ],
    humanNouns: [`employé${L}`, 'personnel', `salarié${L}`, `équipes?`, `collaborat(?:eur|rice)s?`, 'agents? (?:du|de) (?:support|service)', `modérat${L}`, `conseill${L}`, 'vous', 'nos équipes'],
    nominal: [
      `entra[iî]nement (?:de |des |du |d')?(?:nos |ses |leurs |les |notre |modèles |)?(?:modèles?|algorithmes?|ia|intelligence artificielle|systèmes?|outils? d'ia)`,
      `(?:à des |aux |à |les )?fins? d'(?:entra[iî]nement|apprentissage(?: automatique)?|intelligence artificielle|ia)`,
      `(?:comme|en tant que) données d'(?:entra[iî]nement|apprentissage)`,
      `(?:modèles?(?: d'ia)?|ia|intelligence artificielle|algorithmes?|technologies? d'ia|systèmes? d'ia)(?: [\\p{L}'-]+){0,3} (?:que|qu') nous (?:\\p{L}+ )?(?:développ|amélior|entra[iî]n|affin|perfectionn|conce)${L}`,
    ],
    instrumentCues: [`utilis${L}`, 'grâce à', 'à l\'aide d(?:e|\'|u|es)', 'au moyen d(?:e|\'|u|es)', 'par', 'via', 'avec', `bas${L} sur`, `reposant sur`, `s'appuyant sur`, 'recours à', 'recours aux', `emploi${L}`],
  },
  cues: {
    negators: ['ne', "n(?=')", 'pas', 'jamais', 'aucun(?:e|s|es)?', 'ni', 'nullement', 'rien', 'personne ne', `désactivé${L}`, `exclu${L} de`, 'refus(?:ez|é)'],
    falseNegators: [
      `non limitati${L}`, 'sans (?:que cette liste soit|s\'y limiter)', "n(?=')importe", 'ne serait-ce', `(?:si|lorsque|à moins que) vous (?:ne |n')`, 'à moins que', 'au plus tard',
      // "ne … que" limits ("nous n'utilisons vos données que pour …"): a restriction, not a negation.
      `(?:ne |n')(?:(?!pas |jamais |plus |aucun|rien |point )[\\p{L}'-]+ ){1,14}?qu(?:e(?= )|(?='))`,
      // A negation inside a relative clause about the data ("qui ne vous identifient pas") does not reach the main verb.
      `(?:qui|dont) (?:ne |n')(?:vous |les |le |la |l')?(?!(?:utilis|serv|partag|vend|commun|transf|c[èé]d|employ|exploit|entra))\\p{L}+ (?:pas|jamais|plus)`,
    ],
    restrictions: [`interdi${L}`, `prohib${L}`, `(?:vous vous engagez|vous acceptez|l'utilisateur s'engage) (?:à ne pas|de ne pas)`, 's\'abstenir de', 'il est interdit'],
    scopeBoundaries: [';', ':', '\\|', 'mais', 'toutefois', 'cependant', 'néanmoins', 'sauf', 'excepté', 'hormis', 'à l\'exception', 'à moins que', 'sous réserve', 'tandis que', 'alors que', 'en revanche', 'autres? que'],
    grantOperatives: [
      `(?:accord${L}|conc[ée]d${L}|consent(?:ez|ons|ent|ir|i|ie)|octroi${L}|octroy${L}|conf[éè]r${L}|c[èé]d(?:ez|ons|ent|er|é|ée|e)),? (?:à [^.;]{1,60} )?(?:(?:par les présentes|gratuitement|expressément),? )?(?:une?|la|le|les|des|tout|tous|l')?\\s?(?:[\\p{L}'-]+,? (?:et |ou )?){0,20}(?:licences?|droits?|autorisations?|permissions?)`,
      `licences? (?:d'utilisation |d'exploitation )?(?:qui nous est |qui est )?(?:accordée|concédée|consentie|octroyée)s?`,
      `(?:droit|licence)s? (?:d'utilisation |d'exploitation )?(?:de |d')(?:utiliser|reproduire|représenter|adapter|modifier|traduire|distribuer|exploiter|publier|diffuser|commercialiser|héberger|stocker|copier|afficher|communiquer)`,
      `vous (?:nous )?autoris${L} (?:[\\p{L}'-]+ ){0,6}?(?:à |a )(?:utiliser|reproduire|représenter|adapter|modifier|traduire|distribuer|exploiter|publier|diffuser|commercialiser|héberger|stocker|copier|afficher|communiquer|vendre|entraîner)`,
      `(?:pourr${L}|pouvons|peut|sommes en droit de|est en droit de|se réserve le droit de|nous réservons le droit de|aurons le droit de|aura le droit de) (?:librement )?(?:utiliser,? )?(?:[\\p{L}-]+, ){0,6}(?:et |ou )?(?:publier|reproduire|distribuer|modifier|vendre|concéder|commercialiser|exploiter|diffuser|représenter|adapter|traduire)`,
      // "Vous acceptez que nous affichions votre nom …": consent to a use is a grant.
      `(?:consent${L}|accept${L}) (?:expressément )?(?:à ce qu|que?) ?(?:nous|[\\p{L}]+)(?: et [^.;]{1,40})? (?:\\p{L}+ ){0,2}?(?:utilis|affich|publi|reprodui|diffus|exploit|montr|représent|associ)${L}`,
      `renon(?:cez|çons|cer|ce)`, `(?:à |de )?ne pas (?:exercer|invoquer|opposer|faire valoir)`,
    ],
    toUser: [
      '(?:nous )?vous (?:accordons|concédons|octroyons|consentons|conférons|donnons|accorde|concède|octroie|consent|confère|donne)',
      'vous (?:est|sont) (?:accordée?s?|concédée?s?|consentie?s?|octroyée?s?)',
      'votre (?:droit|licence) d\'(?:utiliser|accéder|utilisation|accès)',
    ],
    fromUser: [
      `vous (?:nous )?(?:\\p{L}+ )?(?:accordez|concédez|consentez|octroyez|conférez|donnez|cédez|autorisez|renoncez|acceptez|reconnaissez|transférez)`,
      `(?:en|lorsque vous|si vous|dès que vous) (?:publi${L}|télécharg${L}|télévers${L}|soumet${L}|partag${L}|fourni${L}|mett${L}|transmet${L}|cré${L})`,
      `(?:l'utilisat(?:eur|rice)|les utilisat(?:eur|rice)s|le membre|les membres|le client|la cliente|l'abonné|le créateur|la créatrice|le vendeur|le titulaire|l'auteur) (?:\\p{L}+ )?(?:accorde|concède|consent|cède|autorise|accept|renonce|accordent|concèdent|cèdent|autorisent|acceptent|renoncent)${L}`,
      '(?:licence|droits?|autorisation) (?:que vous (?:nous )?(?:accordez|concédez|consentez)|accordée? par vous)',
    ],
    grantReferences: ['(?:cette|la présente|ladite|ces|lesdites) (?:licences?|autorisations?)', '(?:les )?droits (?:ainsi )?(?:accordés|concédés|consentis|cédés)'],
    companyObjects: ['(?:le|les|nos|notre|ses|la) (?:services?|sites?(?: web| internet)?|plateformes?|applications?|logiciels?|produits?|api)', '(?:nos|notre) (?:contenus?|marques?|logos?)'],
    warranties: [`garanti(?:ssez|t|r)`, `déclar${L} et garanti${L}`, `(?:disposez|détenez|avez obtenu) (?:de )?(?:tous les|l'ensemble des) (?:droits|autorisations|licences)`, 'vous êtes (?:seul )?responsable'],
    durationNouns: ['durée', 'période', 'temps'],
    thirdParties: ['tiers', 'tierces? parties?', 'partenaires?', 'prestataires?', 'fournisseurs?', 'sous-traitants?', 'destinataires?', 'annonceurs?', 'autres (?:sociétés|entreprises|organisations)'],
  },
  protections: {
    sale: [`vend(?:ons|rons|re|ra|ont|u|us|ue|ues)`, 'vente (?:de|des)', '(?:louons|louer|louerons) (?:vos|les|des)', `monétis${L}`, `c[èé]d(?:ons|erons|er) (?:vos|les|des) (?:données|informations)`],
    share: [`partag${L}`, `communiqu${L}`, `communications? (?:de|des|d['’])`, `transmissions?`, `divulgu${L}`, `transm(?:et|is)${L}`, `transf[ée]r${L}`, `mett${L} à (?:la )?disposition`],
    consent: [
      // A purpose whose stated legal basis is consent: "Consentement (art. 6 … a)" in a processing table.
      `consentement(?= (?:[\\p{L}]+ ){0,3}\\(?${GDPR_CONSENT_BASIS})`, `(?<=${GDPR_CONSENT_BASIS}[^|;.]{0,12}\\(?)consentement`,
      `(?:avec|moyennant|sous réserve de|après (?:avoir )?(?:recueilli|obtenu)|sur la base de|fondée? sur) (?:votre |leur |le )?(?:consentement|accord|autorisation)`,
      `(?:uniquement|seulement) (?:si|lorsque|après que) vous (?:y )?(?:avez )?(?:consent${L}|accept${L}|activ${L}|choisi${L}|opt${L})`,
      'si vous (?:y )?(?:consentez|acceptez|activez|choisissez)',
      `(?<=(?:uniquement|seulement|exclusivement) [^.;]{0,160})(?:si|lorsque) vous (?:y |l')?(?:avez )?(?:autoris|consent|accept|activ|choisi|opt)${L}`,
      // "Nous n'utilisons … que si vous avez activé …": only if.
      `(?<=(?:ne |n')[^.;]{0,160})que (?:si|lorsque) vous (?:y )?(?:avez )?(?:consent|accept|activ|choisi|opt|autoris)${L}`,
      `(?:recueill${L}|obten${L}|obtien${L}|demand${L}) (?:préalablement )?(?:votre )?(?:consentement|accord|autorisation)`,
      'opt-?in', 'désactivée? par défaut',
      `(?:ne |n')[^.;]{0,120}sans (?:avoir )?(?:obtenu |recueilli )?(?:votre )?(?:consentement|accord|autorisation)`,
    ],
    purposeLimit: [
      `(?:uniquement|seulement|exclusivement|strictement) (?:dans la mesure nécessaire )?(?:pour|afin de|aux fins de|dans le but de|en vue de|dans le cadre de) (?:la |le |l'|vous )?(?:fourni${L}|fonctionnement|exécut${L}|prest${L}|assur${L}|rendre|héberg${L}|affich${L}|exploit(?:er|ation) (?:du|de la|le|la) (?:service|plateforme))`,
      '(?:dans la (?:stricte )?mesure|strictement) nécessaire', 'à (?:aucune|nulle) autre fin',
    ],
    durationLimit: [
      `jusqu'à (?:ce que vous (?:supprim|retir|ferm|résili)${L}|la (?:suppression|résiliation|fermeture))`,
      `(?:prend|prendra|prennent) fin (?:lorsque|dès que|à la|au moment|en cas|si)`,
      `(?:pendant|pour) (?:toute )?la durée (?:de votre|d'utilisation|de l'abonnement|de votre compte|de votre inscription|du contrat)`,
      'vous pouvez (?:révoquer|retirer|mettre fin à) (?:cette|la|votre) (?:licence|autorisation)',
    ],
    ownership: [
      `vous (?:restez|demeurez|conservez|êtes) (?:seul |l'unique )?(?:propriétaire|titulaire)`,
      'vous conservez (?:tous |l\'ensemble de )?(?:vos |les )?droits',
      '(?:reste|restent|demeure|demeurent) (?:votre |la |votre entière )?propriété',
      `(?:ne revendiquons|ne revendique|n'acquérons|n'acquiert) aucun${L} (?:droit de )?propriété`,
    ],
    notice: [`(?:avant|préalablement à) (?:toute )?(?:utilisation|traitement)[^.;]{0,80}(?:nouvelle|autre|différente|incompatible)s? finalités?`],
    dataObjects: ['rgpd', 'données', 'informations?', 'contenus?', 'messages?', 'enregistrements?', 'fichiers', 'photos', 'vidéos', '(?:œ|oe)uvres?', 'conversations?', 'publications?', 'entrées', 'invites?', 'prompts?'],
  },
  grammar: {
    definitionWords: [`désign${L}`, `signifi${L}`, `s'entend${L}`, 'on entend', `inclu${L}`, `compren${L}`, `recouvr${L}`, `englob${L}`, 'collectivement'],
    purposeReference: [
      `(?:aux|pour les|à ces|pour ces|aux mêmes) (?:fins|finalités) (?:décrites?|énoncées?|indiquées?|mentionnées?|visées?|prévues?) (?:dans|à|au|ci-dessus|ci-dessous)`,
      '(?:à|pour) ces (?:fins|finalités)', 'à cette fin',
    ],
    // Sharing verbs too: a promise not to share data is read even when nothing else in the clause is vocabulary.
    coreWords: [`licen${L}`, `sous-licen${L}`, 'droits? mora(?:l|ux)', 'cession', `partag${L}`, `communiqu${L}`, `divulgu${L}`, `transm(?:et|is)${L}`, `c[èé]d(?:ons|erons)`],
    definitionStart: `^(?:[Pp]ar )?(?:(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\\s?(?:terme|termes|mot|expression)\\s)?(?:(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\\s?)?${Q}?((?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}’'&.-]*)(?:\\s+(?:de |des |du |d['’]|et |ou |à |la |le |l['’]|[\\p{L}\\p{N}][\\p{L}\\p{N}’'&.-]*)){0,6}?)${Q}?\\s*(?:\\([^)]{0,80}\\)\\s*)?,?\\s*(?:(?<=${Q}\\s*)[:–—]|:?\\s*(?:désigne|désignent|signifie|signifient|s['’]entend|s['’]entendent|on entend|nous entendons|il faut entendre|fait référence|font référence|renvoie|renvoient|recouvre|recouvrent|inclut|incluent|comprend|comprennent|englobe|englobent|n['’]inclut pas|exclut))(?![\\p{L}])`,
    definitionStrongVerbs: "(?:désigne|désignent|signifie|signifient|s['’]entend|s['’]entendent|entend|entendons|entendre|référence|renvoie|renvoient)",
    definitionInline: `\\((?:(?:ci-après|ci-dessous|ensemble|collectivement|individuellement|dénommée?s?|désignée?s?|appelée?s?|ou|et|le|la|les|l['’])[,:\\s]*)*${Q}([^"“”«»]{1,60}?)${Q}\\)`,
    definitionHint: [
      '["“„«‚][^"”“»‘\\n]{1,60}["”“»‘][*_]{0,2} ?[:–—]',
      "(?<![\\p{L}\\p{N}])(?:désign|signifi|s'entend|on entend|entendons|entendre|référence|renvoi|recouvr|inclu|compren|englob|exclu)",
      '["«»\'][^\\n]{1,120}?["«»\'] *\\)',
    ],
    definitionPronouns: '^(?:nous|vous|il|elle|ils|elles|on|ce|cela|ceci|celui|celle|ceux|celles|qui|chaque|notre|votre|nos|vos|leur|leurs|son|sa|ses|cette|ces|tout|toute)(?:\\s|$)',
    widening: [
      { pattern: '(?<![\\p{L}])(?:(?:tout|toute|tous|toutes) (?:les )?autres?|(?:et|ou) autres?)(?![\\p{L}])', label: '"tout autre …" (any other …)' },
      { pattern: '(?<![\\p{L}])(?:dérivée?s? de|issue?s? de|déduite?s?|inférée?s?|générée?s? (?:par|à partir))(?![\\p{L}])', label: 'données dérivées (data derived from it)' },
      { pattern: '(?<![\\p{L}])(?:notamment|y compris|sans (?:s\'y )?limit\\p{L}*)(?![\\p{L}])', label: '"y compris …" (including …)' },
      { pattern: '(?<![\\p{L}])(?:que (?:ce soit|cela soit)|indépendamment de)(?![\\p{L}])', label: '"que … ou non" (whether or not …)' },
      { pattern: '(?<![\\p{L}])(?:sous (?:quelque|toute) forme|sur tout support|quel que soit (?:le )?(?:format|support))(?![\\p{L}])', label: '"sous toute forme" (in any form)' },
    ],
    exclusion: "(?<![\\p{L}])(?:n'inclu\\p{L}* pas|ne (?:comprend|comprennent|couvre|couvrent|vise|visent) pas|exclu\\p{L}*|à l'exclusion|sauf|à l'exception|autres? que|hormis)(?![\\p{L}])",
    userSideTerm: 'contenu|donnée|information|entrée|sortie|soumission|publication|matériel|retour|commentaire|œuvre|oeuvre|enregistrement|message|communication|image|voix|profil|utilisat|client|membre|créat|personnel|prompt|invite',
    userSideBody: "(?<![\\p{L}])(?:vous|utilisat\\p{L}*|membres?|clients?|créat\\p{L}*)(?![\\p{L}])[^.;]{0,60}(?:fourni|publi|télécharg|téléverse|soumet|soumis|partag|cré|envoi|envoy|transmet|transmis|saisi|génér|mett)",
    conditionals: ['si', "s(?=')", 'sauf si', 'lorsque', "lorsqu(?=')", 'quand', 'à moins que', 'au cas où', 'dans le cas où', 'en cas de', "jusqu'à ce que"],
    userSubjects: [
      `vous (?:nous |vous )?(?:ne |n')?(?:pouvez|pourrez|devez|devrez|acceptez|engagez|êtes|serez|accordez|concédez|autorisez|reconnaissez|cédez)`,
      `(?:l'utilisat(?:eur|rice)|les utilisateurs|le membre|les membres|le client|les clients|les visiteurs|les robots|quiconque|nul) (?:ne |n')?(?:peu|doi|s'engag|accept|pourr|est|sont)${L}`,
      'il (?:vous )?est interdit',
    ],
    companySubjects: ['nous', 'notre', 'nos'],
    useVerbs: [GDPR_ARTICLE_6, `utilis${L}`, `partag${L}`, `communiqu${L}`, `divulgu${L}`, `vend${L}`, `transf[eé]r${L}`, `transm(?:et|is)${L}`, `c[èé]d${L}`, `reprodui${L}`, `publi${L}`, `distribu${L}`, `exploit${L}`, `entra[iî]n${L}`, `trait(?:er|ons|ent|é|ée|és|ées|ement|ements)`, `servir`, `servent`, 'sert'],
    gatedUseVerbs: [GDPR_ARTICLE_6, `utilis${L}`, `partag${L}`, `communiqu${L}`, `divulgu${L}`, `vend${L}`, `transf[eé]r${L}`, `transm(?:et|is)${L}`, `c[èé]d${L}`, `publi${L}`, `distribu${L}`, `entra[iî]n${L}`, `trait(?:er|ons|ent|é|ée|és|ées|ement|ements)`],
    collectVerbs: [`collect${L}`, `recueill${L}`, `accéd${L}`, 'accès', `re[cç]${L}`, `obten${L}`, `obtien${L}`, `enregistr${L}`, `stock${L}`, `conserv${L}`, `envoy${L}`, `contact${L}`],
    ownModel: '(?:vos|votre) (?:propres? )?(?:modèles?|ia|algorithmes?|systèmes?|agents?)',
    theirModel: "(?:leurs?|ses|son|sa) (?:propres? )?(?:modèles?|algorithmes?|ia|intelligence|systèmes?|produits?|fins|finalités)",
    thirdPartyPermission: "(?:tiers|partenaires?|fournisseurs?|prestataires?|destinataires?|sociétés|entreprises|organisations)[^.;]{0,80}(?:qui|lesquels|lesquelles|afin qu'ils) (?:peuvent |pourront |pourraient |sont autorisés à )?(?:les |l')?(?:utiliser|entraîner|développer|exploiter)",
    licensing: ['licen', 'sous-licen', 'autorisation', '(?:publi|vend|distribu|commercialis|exploit|reprodui|représent|(?:œ|oe)uvres? dérivées)'],
    shareRecipient: "(?<![\\p{L}])(?:avec |aux |auprès d(?:e |es |u )|à l['’]|à (?:des|d['’]autres|nos|vos|votre|un|une|la|le|leurs?) )(?!vous|nous|toi|fins|votre (?:consentement|accord|autorisation)|exception|demande)(?=\\p{L})",
    listConjunctions: ['et', 'ou', 'et/ou'],
  },
  severity: BUILTIN_PACK.severity,
  rules: [],
  uses: FRENCH_USES,
}
