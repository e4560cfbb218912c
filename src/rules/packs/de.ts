import { BUILTIN_PACK } from '../builtin.js'
import type { RulePack } from '../types.js'
import { GERMAN_USES } from './de-uses.js'
import { GDPR_ARTICLE_6, GDPR_CONSENT_BASIS } from './gdpr.js'

/*
 * German: how Nutzungsrechte are granted in German terms (AGB, Nutzungsbedingungen,
 * Datenschutzerklärungen), with the rights of the Urheberrechtsgesetz (vervielfältigen,
 * verbreiten, öffentlich zugänglich machen, bearbeiten) and the GDPR's legal bases
 * (Einwilligung, berechtigtes Interesse, Widerspruch). German writes compounds ("KI-Modelle",
 * "Sprachmodelle", "Nutzungsdaten") and puts "nicht" after the verb of a main clause
 * ("Wir verkaufen Ihre Daten nicht"): patterns take compounds by infix (`\p{L}*modell`) and the
 * grammar marks "nicht" as a negator that may follow its verb. Ids are the English pack's.
 */

/** Any letters: inflection endings and compound parts. */
const L = '\\p{L}*'
/** German quotation marks: „…“, »…«, "…", ‚…‘. */
const Q = '(?:["“”„\'‘’‚«»‹›])'
/** The rights of a licence, as infinitives: what "zu …" and "berechtigt, … zu" take. */
const RIGHTS = '(?:nutzen|verwenden|vervielfältigen|verbreiten|bearbeiten|veröffentlichen|verwerten|speichern|übersetzen|kopieren|ändern|anpassen|darstellen|zugänglich machen|unterlizenzieren|verkaufen|vermarkten)'
/** Model nouns that are not machine-learning models: business, pricing or subscription models. */
const NOT_ML_MODEL = '(?:geschäfts|preis|abo|abonnement|lizenz|vergütungs|bezahl|liefer|betriebs|rollen|kosten|tarif|finanzierungs|erlös|vertrags|arbeitszeit)'

export const GERMAN_PACK: RulePack = {
  name: 'builtin-de',
  language: 'de',
  vocabulary: {
    attributes: [
      { id: 'perpetual', label: 'unbefristet (perpetual)', weight: 2, patterns: [`unbefristet${L}`, `zeitlich(?:,? (?:und )?(?:räumlich|inhaltlich))*(?:,? und (?:räumlich|inhaltlich))? un(?:beschränkt|begrenzt)${L}`, `für die (?:gesamte |volle )?dauer (?:der|des) (?:gesetzlichen )?(?:schutz${L}|urheberrecht${L}|rechte${L})`, `auf unbestimmte zeit`, `dauerhaft${L}`, `ewig${L}`] },
      { id: 'irrevocable', label: 'unwiderruflich (irrevocable)', weight: 2, patterns: [`(?<!nicht[- ])(?<!nicht )unwiderruflich${L}`] },
      { id: 'worldwide', label: 'weltweit (worldwide)', weight: 0.5, patterns: [`weltweit${L}`, `(?:räumlich|örtlich)(?:,? (?:und )?(?:zeitlich|inhaltlich))* un(?:beschränkt|begrenzt)${L}`, 'ohne räumliche beschränkung'] },
      { id: 'royalty-free', label: 'unentgeltlich (royalty-free)', weight: 0.5, patterns: [`unentgeltlich${L}`, `kostenlos${L}`, `kostenfrei${L}`, `(?:lizenz)?gebührenfrei${L}`, `vergütungsfrei${L}`, 'ohne (?:gesonderte |zusätzliche |weitere )?(?:vergütung|entgelt|gegenleistung|zahlung)'] },
      { id: 'sublicensable', label: 'unterlizenzierbar (sublicensable)', weight: 2, patterns: [`(?:unter|sub)lizenzierbar${L}`, `(?:recht|befugnis|berechtigung) (?:zur|zu) (?:vergabe von |erteilung von |einräumung von )?(?:unter|sub)lizenz${L}`, `(?:unter|sub)lizenzen (?:zu )?(?:erteilen|vergeben|einräumen)`, `(?:unter|sub)lizenzier(?:en|t)`] },
      { id: 'multi-tier', label: 'mehrstufig unterlizenzierbar (through multiple tiers)', weight: 1, patterns: [`mehrstufig${L}`, 'über mehrere stufen'] },
      { id: 'transferable', label: 'übertragbar (transferable)', weight: 1, patterns: [`(?<!nicht[- ])(?<!nicht )(?:weiter)?übertragbar${L}`, `(?<!nicht )abtretbar${L}`, '(?:recht|befugnis) (?:zur|zu) (?:übertragung|abtretung)'] },
      { id: 'exclusive', label: 'ausschließlich (exclusive)', weight: 3, patterns: [`(?<!nicht[- ])(?<!nicht )(?:ausschließliche[snmr]?|exklusive[snmr]?)(?= (?:\\p{L}+ )?(?:\\p{L}*rechte?s?|lizenz\\p{L}*))`, `(?<!nicht[- ])(?<!nicht )exklusiv(?= (?:und|,))`] },
      { id: 'unconditional', label: 'inhaltlich unbeschränkt (unconditional / unrestricted)', weight: 1, patterns: [`inhaltlich un(?:beschränkt|begrenzt)${L}`, `uneingeschränkt${L}`, `vorbehaltlos${L}`] },
      { id: 'all-other-rights', label: 'sämtliche Nutzungsrechte (all other rights)', weight: 2, patterns: [`(?:sämtliche|alle) (?:erforderlichen |notwendigen |bekannten und unbekannten |sonstigen |weiteren )?(?:nutzungs|verwertungs)rechte`, 'alle (?:sonstigen |weiteren )?rechte,? die (?:\\p{L}+ )?(?:erforderlich|notwendig)'] },
      { id: 'survives-termination', label: 'gilt nach Vertragsende fort (survives termination or deletion)', weight: 1, patterns: [`(?:über|auch nach) (?:die |der |dem |das )?(?:beendigung|kündigung|löschung|ende|schließung)${L}`, `(?:bleibt|bleiben|besteht|bestehen|gilt|gelten) (?:auch )?(?:nach|über) (?:der |dem |die |das )?(?:beendigung|kündigung|löschung|ende|schließung)${L}`] },
      { id: 'moral-rights-waiver', label: 'Verzicht auf Urheberpersönlichkeitsrechte (moral rights waived)', weight: 1, patterns: [`verzicht${L}[^.;]{0,80}(?:urheberpersönlichkeitsrecht${L}|namensnennung|urhebernennung|urheberbenennung)`, `(?:urheberpersönlichkeitsrecht${L}|recht auf (?:namensnennung|urhebernennung|anerkennung der urheberschaft))[^.;]{0,80}(?:verzicht${L}|nicht geltend)`] },
      { id: 'any-media', label: 'alle bekannten und unbekannten Nutzungsarten (any media now known or later developed)', weight: 0.5, patterns: [`(?:bekannte${L}|derzeit bekannte${L}) (?:und|oder|sowie) (?:noch )?(?:unbekannte${L}|künftige${L}) (?:nutzungsarten|medien|formate)`, '(?:in|auf|über) (?:allen|sämtlichen|jeglichen) (?:medien|formaten|kanälen)'] },
      { id: 'assignment', label: 'Übertragung aller Rechte (assignment of ownership)', weight: 4, patterns: [`(?:übertr[aä]g${L}|tret${L}) (?:hiermit )?(?:an uns |uns )?(?:alle|sämtliche) (?:\\p{L}+ )?(?:rechte|eigentumsrechte)`, `abtretung (?:aller|sämtlicher) rechte`] },
    ],
    rightsVerbs: [
      { id: 'use', label: 'nutzen (use)', weight: 0, patterns: ['nutz(?:en|ung)', 'verwend(?:en|ung)'] },
      { id: 'host', label: 'speichern (host / store)', weight: 0, patterns: [`speicher(?:n|ung)`, 'hosten', `archivier${L}`] },
      { id: 'reproduce', label: 'vervielfältigen (reproduce / copy)', weight: 0, patterns: [`vervielfältig${L}`, `kopier${L}`] },
      { id: 'display', label: 'darstellen / wiedergeben (display)', weight: 0, patterns: [`(?:öffentlich )?(?:darstell${L}|darstellung|anzeig${L}|ausstell${L}|vorführ${L}|wiederg[eaä]b${L})`] },
      { id: 'transmit', label: 'öffentlich zugänglich machen (transmit / communicate to the public)', weight: 0, patterns: ['(?:öffentlich )?zugänglich (?:zu )?mach(?:en|t)', 'öffentliche zugänglichmachung', `übermitt${L}`, `streamen`, `sende(?:n|recht)`] },
      { id: 'modify', label: 'bearbeiten (modify / edit)', weight: 1, patterns: [`bearbeit${L}`, `veränder${L}`, `umgestalt${L}`, `verarbeit${L}`, `ändern`, 'kürz(?:en|ung)'] },
      { id: 'adapt', label: 'anpassen / übersetzen (adapt / translate)', weight: 1, patterns: [`an(?:zu)?pass${L}`, `adaptier${L}`, `übersetz${L}`, `transkribier${L}`] },
      { id: 'derivative-works', label: 'abgeleitete Werke (create derivative works)', weight: 1, patterns: [`abgeleitete${L} werk${L}`, 'bearbeitungen und umgestaltungen'] },
      { id: 'publish', label: 'veröffentlichen (publish)', weight: 1, patterns: [`veröffentlich${L}`, `publizier${L}`, `aufführ${L}`, `ausstrahl${L}`] },
      { id: 'distribute', label: 'verbreiten (distribute)', weight: 1, patterns: [`verbreit${L}`, `vertreib${L}`, 'vertrieb'] },
      { id: 'sell', label: 'verkaufen (sell)', weight: 2, patterns: [`verkauf${L}`, `veräußer${L}`, `vermiet${L}`] },
      { id: 'license', label: 'unterlizenzieren (license to others)', weight: 2, patterns: [`(?:unter|sub)?lizenzier(?:en|t)`, '(?:unter|sub)?lizenzen (?:zu )?(?:erteilen|vergeben)'] },
      { id: 'commercialize', label: 'kommerziell verwerten (commercialise / monetise)', weight: 2, patterns: [`kommerzialisier${L}`, `monetarisier${L}`, `kommerziell${L}`, `gewerblich${L}`] },
      { id: 'exploit', label: 'verwerten (exploit)', weight: 2, patterns: [`verwert${L}`] },
      { id: 'otherwise-use', label: 'in jeder Art und Weise ("otherwise use")', weight: 1, patterns: ['in jeder (?:art und weise|form)', 'auf jede (?:art|weise)', 'jede andere nutzung', 'in sonstiger weise'] },
    ],
    objects: [
      { id: 'content', label: 'Ihre Inhalte (user content)', userSide: true, weight: 0, patterns: [`(?:ihre|deine|ihrer|ihren|ihrem|eure|deiner|deinen|seine[nmrs]?) (?:\\p{L}+ )?(?:inhalte?n?|beiträge?n?|uploads?|werke?n?|fotos?|bilder?n?|videos?|dateien?|texte?n?|materialien|kreationen|designs?|bewertungen|kommentare?n?|projekte?n?|musik|aufnahmen)`, `(?:nutzer|kunden|mitglieder|benutzer|user)(?:-)?(?:inhalte?n?|beiträge?n?|content)`, `(?:inhalte?n?|materialien|werke|beiträge|dateien),? die (?:sie|du|nutzer${L}) (?:\\p{L}+ ){0,4}?(?:hochlad${L}|veröffentlich${L}|einstell${L}|bereitstell${L}|übermitt${L}|teil${L}|post${L}|erstell${L})`, `von ihnen (?:hochgeladene|eingestellte|bereitgestellte|übermittelte|veröffentlichte|erstellte)${L}`, `(?:zur verfügung gestellte|bereitgestellte|eingestellte|hochgeladene|übermittelte|veröffentlichte)${L} (?:inhalte?n?|materialien|werke?n?|bilder?n?|fotos?|texte?n?|dateien?|videos?)`] },
      { id: 'content-generic', label: 'Inhalte (content)', userSide: false, weight: 0, patterns: [`(?:diese|die|solche|sämtliche|alle|jegliche)${L} (?:inhalte?n?|materialien|werke?n?|beiträge?n?)`, 'inhalte?n?'] },
      { id: 'personal-data', label: 'personenbezogene Daten (personal data)', userSide: true, weight: 0, patterns: [`personenbezogene${L} daten`, `(?:ihre|deine|ihrer|ihren) (?:\\p{L}+ )?(?:daten|informationen|angaben)`, `(?:nutzer|kunden|personen|mitglieder)daten`] },
      { id: 'inputs', label: 'Eingaben (inputs and prompts)', userSide: true, weight: 1, patterns: ['eingaben?', 'prompts?', `(?:such)?anfragen`] },
      { id: 'outputs', label: 'Ausgaben (outputs)', userSide: true, weight: 1, patterns: ['ausgaben?', 'outputs?', `(?:ki-)?generierte${L} inhalte`, `erzeugte${L} inhalte`] },
      { id: 'communications', label: 'Nachrichten (messages and communications)', userSide: true, weight: 1, patterns: [`(?:ihre )?(?:nachrichten|chats?|chatverl[aä]uf${L}|unterhaltungen|konversationen|kommunikation${L}|korrespondenz|e-?mails?)`] },
      { id: 'recordings', label: 'Aufnahmen (recordings, audio and video)', userSide: true, weight: 1, patterns: [`\\p{L}*aufnahmen?`, `\\p{L}*aufzeichnungen?`, `audio(?:dateien|datei|aufnahmen?|aufzeichnungen?|inhalte?|daten|nachrichten|notizen|spuren)?`, `transkript${L}`, 'mitschnitte?'] },
      { id: 'identity', label: 'Name, Bildnis, Stimme (name, likeness, voice or image)', userSide: true, weight: 2, patterns: ['(?:ihr |ihren |ihres |dein |deinen |sein |seinen )?name[ns]?', `bildnis${L}`, 'stimme', `abbild${L}`, `(?:benutzer|nutzer)name${L}`, `profil(?:bild|foto)${L}`, 'persönlichkeitsmerkmale', 'aussehen', 'unterschrift', 'konterfei'] },
      { id: 'usage-data', label: 'Nutzungsdaten (usage data and telemetry)', userSide: true, weight: 1, patterns: ['nutzungs(?:daten|informationen|verhalten)', `telemetrie${L}`, 'metadaten', '(?:diagnose|protokoll|geräte|interaktions|log)(?:daten|informationen)', 'log-dateien'] },
      { id: 'feedback', label: 'Feedback (feedback)', userSide: true, weight: 0, patterns: ['feedback', `rückmeldung${L}`, `(?:verbesserungs)?vorschläge?n?`, 'ideen', 'anregungen'] },
    ],
    purposes: [
      { id: 'any-purpose', label: 'für beliebige Zwecke (any purpose)', weight: 3, patterns: [`(?:für|zu) (?:jeden|jedweden|beliebigen|alle|sämtliche) (?:\\p{L}+ )?zweck${L}`, 'zu jedem zweck'] },
      { id: 'marketing', label: 'Werbung (marketing, advertising or promotion)', weight: 1, patterns: [`marketing${L}`, `werb${L}`, `gesponsert${L}`, `\\p{L}+werbung`, 'promotion', `bewerb(?:en|ung)`] },
      { id: 'new-products', label: 'neue Produkte (developing new products, features or services)', weight: 2, patterns: ['(?:entwicklung|entwickeln) (?:neuer|neue|von neuen) (?:produkte|dienste|funktionen|dienstleistungen|technologien|angebote)', `neue${L} (?:produkte|dienste|funktionen|angebote)`, 'produktentwicklung'] },
      { id: 'research', label: 'Forschung (research)', weight: 1, patterns: [`forschung${L}`] },
      { id: 'improve', label: 'Verbesserung der Dienste (improving the services)', weight: 0.5, patterns: [`(?:verbesser|optimier)${L} (?:unserer |der |unseres |des |unsere |die )?(?:dienste?s?|services|produkte|plattform|angebote?s?|funktionen)`] },
      { id: 'expansion', label: 'Ausbau des Geschäfts (expanding the business)', weight: 1, patterns: ['(?:ausbau|erweiterung) (?:unseres|des) (?:geschäfts|angebots)'] },
    ],
    grantees: [
      { id: 'affiliates', label: 'verbundene Unternehmen (affiliates)', weight: 1, patterns: [`verbundene${L} unternehmen`, 'konzern(?:unternehmen|gesellschaften)', 'tochtergesellschaften', '(?:unsere|unserer) (?:unternehmens)?gruppe', 'gruppengesellschaften'] },
      { id: 'partners', label: 'Partner (partners)', weight: 2, patterns: [`\\p{L}*partner(?:n|innen)?`] },
      { id: 'third-parties', label: 'Dritte (third parties)', weight: 2, patterns: ['dritte[n]?', `drittanbieter${L}`, `dritt(?:unternehmen|parteien)`] },
      { id: 'other-users', label: 'andere Nutzer (other users)', weight: 2, patterns: [`andere${L} (?:nutzer|benutzer|mitglieder|kunden)${L}`, '(?:die |der )?öffentlichkeit'] },
      { id: 'successors', label: 'Rechtsnachfolger (successors and assigns)', weight: 1, patterns: [`rechtsnachfolger${L}`] },
      { id: 'sublicensees', label: 'Unterlizenznehmer (sublicensees and licensees)', weight: 1, patterns: [`(?:unter|sub)?lizenznehmer${L}`] },
    ],
    conditions: [
      { id: 'consent', label: 'mit Einwilligung (with consent (opt-in))', patterns: [`(?:mit|nach|auf (?:der )?grundlage|aufgrund) (?:ihrer |deiner )?(?:vorherigen |ausdrücklichen |gesonderten |freiwilligen )*(?:einwilligung|zustimmung|erlaubnis|genehmigung)`, 'opt-?in', `(?:nur|ausschließlich) (?:wenn|sofern|falls) sie (?:\\p{L}+ ){0,4}?(?:zugestimmt|eingewilligt|aktiviert|zustimmen|einwilligen|aktivieren)`, 'standardmäßig (?:deaktiviert|ausgeschaltet)', 'einwilligung'] },
      { id: 'opt-out', label: 'Widerspruch möglich (opt-out available)', patterns: ['opt-?out', `widerspr${L}`, `widerspruch${L}`, `(?:können|kannst) (?:dies |diese${L} |der nutzung )?(?:jederzeit )?(?:deaktivieren|abschalten|ausschalten|widersprechen|widerrufen)`] },
      { id: 'deidentified', label: 'anonymisierte Daten (de-identified or aggregated data only)', patterns: [`anonymisiert${L}`, `pseudonymisiert${L}`, `aggregiert${L}`, `anonym${L}`, `nicht personenbezogen${L}`] },
      { id: 'limited-purpose', label: 'nur zur Erbringung des Dienstes (solely to provide the service)', patterns: [`(?:ausschließlich|nur|lediglich|allein) (?:\\p{L}+ ){0,3}?(?:zur|zum|zwecks|für die|im rahmen der) (?:erbringung|bereitstellung|durchführung|erfüllung|betrieb|darstellung|abwicklung|vertragserfüllung)${L}`, '(?:soweit|insoweit) (?:dies )?(?:für [^.;]{0,40})?(?:erforderlich|notwendig)', 'zu keine[mn] anderen zweck(?:en)?'] },
    ],
  },
  ai: {
    trainingVerbs: [`(?:nach|vor)?trainier${L}`, `feinabstimm${L}`, `fine-?tun${L}`, `anlern${L}`],
    developmentVerbs: [`(?:weiter)?entwickel${L}`, `entwickl${L}`, `verbesser${L}`, `optimier${L}`, `erstell${L}`, `evaluier${L}`, `validier${L}`, `aufbau${L}`],
    recipients: [`\\p{L}*(?:ki|modell)-?(?:anbieter|partner|dienstleister)${L}`, `(?:anbieter|partner|dienstleister)${L} (?:von|für) (?:ki|künstliche${L} intelligenz|\\p{L}*modell${L})`],
    aiNouns: [
      `künstliche${L} intelligenz`, 'ki', 'k\\.i\\.', `maschinelle${L} lern${L}`, 'machine[- ]learning', 'deep learning', `generative${L} ki`, `generativ${L}`, 'llms?',
      `(?!${NOT_ML_MODEL}modell)\\p{L}*modell(?:e|en|s)?`, `ki-\\p{L}+`, `\\p{L}+-ki`, `algorithm${L}`, `neuronale${L} netz${L}`, 'chat-?bots?', `(?:ki-|virtuelle${L} )?assistent${L}`,
      `trainingsdaten${L}`, `datens[aä]tze?n?`,
    ],
    humanNouns: [`mitarbeit${L}`, 'personal', `beschäftigte${L}`, `team${L}`, `moderator${L}`, `support${L}`, 'kundenservice', 'sie'],
    nominal: [
      // Verb last: "um unsere KI-Modelle mit Ihren Inhalten zu trainieren".
      `(?:ki-\\p{L}+|\\p{L}+-ki|ki|künstliche${L} intelligenz|(?!${NOT_ML_MODEL}modell)\\p{L}*modell(?:e|en|s)?|algorithm${L})[^.;]{0,80}? (?:zu )?(?:trainieren|trainiert|feinabzustimmen|weiterzuentwickeln|zu entwickeln|zu verbessern|entwickelt und trainiert|verbessert und trainiert)`,
      `(?:training|trainieren|entwicklung|verbesserung|optimierung|weiterentwicklung|feinabstimmung) (?:von |unserer |der |unseres |des |eigener |neuer |und (?:verbesserung|entwicklung) )*(?:ki|ki-\\p{L}+|\\p{L}+-ki|(?!${NOT_ML_MODEL}modell)\\p{L}*modell(?:e|en|s)?|algorithm${L}|künstliche${L} intelligenz)`,
      `(?:ki|modell)-?training${L}`, `(?:ki|modell)entwicklung`,
      `(?:als|zu) trainingsdaten`,
    ],
    instrumentCues: ['mithilfe', 'mit hilfe', 'mittels', 'durch', `nutz${L}`, `verwend${L}`, 'einsatz', 'einsetzen', `gestützt${L}`, 'basierend auf', 'auf basis', 'unter verwendung', 'unter einsatz', 'mit'],
  },
  cues: {
    negators: ['nicht', 'nie', 'niemals', `kein${L}`, `niemand${L}`, 'weder', '(?:ebenso|genauso) ?wenig', 'keinesfalls', 'nichts', `deaktiviert${L}`, 'ausgeschlossen'],
    falseNegators: [
      `nicht[- ](?:exklusiv|ausschließlich|übertragbar|unterlizenzierbar|kommerziell|öffentlich|personenbezogen|identifizier|abschließend)${L}`,
      'nicht (?:nur|beschränkt auf|mehr als|weniger als|später als|länger als)', 'ob (?:oder )?nicht', 'oder nicht',
      '(?:falls|wenn|sofern|soweit) (?:sie |du )?(?:\\p{L}+ ){0,3}?nicht', 'es sei denn',
      `kein${L} (?:zusätzlichen |weiteren )?(?:kosten|gebühren|entgelt|vergütung)`,
      // A negation inside a relative clause about the data ("Daten, die Sie nicht identifizieren") does not reach the main clause.
      `,? (?:die|der|das|welche${L}) (?:sie |dich |uns )?(?:\\p{L}+ ){0,2}?nicht (?!(?:\\p{L}+ )?(?:genutzt|verwendet|verkauft|weitergegeben|geteilt|trainiert)(?![\\p{L}]))\\p{L}+`,
    ],
    restrictions: [`untersag${L}`, `verbot${L}`, 'unzulässig', 'nicht (?:gestattet|erlaubt|zulässig)', `verpflichte${L} sich,? (?:\\p{L}+ ){0,6}?nicht`],
    scopeBoundaries: [';', ':', '\\|', 'aber', 'jedoch', 'allerdings', 'außer', 'ausgenommen', 'es sei denn', 'sofern nicht', 'mit ausnahme', 'hingegen', 'während', 'sondern'],
    grantOperatives: [
      `(?:räum${L}|einräum${L}|gewähr${L}|erteil${L}|übertr[aä]g${L}) (?:[^\\s;:]+ ){0,24}?(?:\\p{L}*nutzungsrecht${L}|\\p{L}*rechte?s?|lizenz${L}|erlaubnis|befugnis|berechtigung)`,
      `(?:nutzungsrecht|lizenz|recht)${L},? (?:[\\p{L},-]+ ){0,6}?(?:zu|zur) (?:${RIGHTS}|nutzung|verwendung|verwertung|vervielfältigung|verbreitung|bearbeitung|veröffentlichung)`,
      `(?:sie|du) (?:erlauben|erlaubst|gestatten|gestattest|ermächtigen|ermächtigst|berechtigen|berechtigst) uns`,
      `(?:wir|[\\p{L}]+) (?:sind|ist) (?:berechtigt|befugt),? (?:[\\p{L},-]+ ){0,8}?(?:zu )?${RIGHTS}`,
      `(?:dürfen|darf) (?:wir )?(?:[\\p{L},-]+ ){0,8}?${RIGHTS}`,
      `verzicht${L}`,
      // "Das Mitglied willigt ein, dass wir seinen Namen … anzeigen": consent to a use is a grant.
      `(?:willig${L} (?:darin )?ein|(?:erklär${L} sich|(?:ist|sind|bist) (?:damit )?)einverstanden|stimm${L} (?:darin )?zu),? dass (?:[^\\s;:]+ ){0,30}?(?:anzeig|verwend|nutz|veröffentlich|darstell|einblend|verbreit|vervielfältig|bearbeit|verwert)${L}`,
    ],
    toUser: [
      `(?:wir|[\\p{L}]+) (?:gewähren|räumen|erteilen|übertragen|gewährt|räumt|erteilt) (?:ihnen|dir)`,
      `(?:ihnen|dir) (?:wird|werden) [^.;]{0,60}(?:eingeräumt|gewährt|erteilt)`,
      `(?:ihr|dein) (?:persönliches |beschränktes |einfaches |nicht übertragbares )*(?:recht|nutzungsrecht|lizenz)`,
    ],
    fromUser: [
      `(?:sie|du|der nutzer|die nutzerin|nutzer|mitglieder|kunden) (?:\\p{L}+ )?(?:räum${L}|gewähr${L}|erteil${L}|übertr[aä]g${L}|erlaub${L}|gestatt${L}|stimm${L}|willig${L}|verzicht${L}|erklär${L}|ermächtig${L})`,
      `(?:mit|durch|bei) (?:dem |der )?(?:hochladen|veröffentlichen|einstellen|übermitteln|teilen|posten|bereitstellen)`,
      // The user named by role, as B2B and creator terms do: "Der Händler räumt … ein".
      `(?:der|die|das|jede[rs]?) (?:nutzer(?:in)?|benutzer(?:in)?|kunde|kundin|händler(?:in)?|verkäufer(?:in)?|mitglied|teilnehmer(?:in)?|urheber(?:in)?|lizenzgeber(?:in)?|anbieter(?:in)? von inhalten) (?:\\p{L}+ )?(?:räumt|gewährt|erteilt|überträgt|erlaubt|gestattet|verzichtet|willigt|stimmt|erklärt)`,
      `(?:indem|wenn|sobald) (?:sie|du) (?:\\p{L}+ ){0,4}?(?:hochlad${L}|veröffentlich${L}|einstell${L}|übermitt${L}|teil${L}|post${L}|bereitstell${L})`,
      `(?:von ihnen|ihrerseits) (?:eingeräumt|gewährt|erteilt)${L}`,
    ],
    grantReferences: [`(?:dieses|das|diese|die|vorstehende${L}|vorgenannte${L}) (?:nutzungsrecht${L}|lizenz${L}|rechteeinräumung|einräumung)`, `(?:die )?(?:eingeräumten|gewährten) rechte`],
    companyObjects: [`(?:der|die|das|unsere${L}|unser|den|dem) (?:dienste?s?|services?|website|webseite|plattform|app|anwendung|software|produkte?|api)`, `unsere${L} (?:inhalte|marken|logos)`],
    warranties: [`gewährleist${L}`, `garantier${L}`, `sichern zu`, `(?:sie|du) (?:verfügen|verfügst|besitzen|besitzt) über (?:alle|sämtliche) (?:erforderlichen |notwendigen )?(?:rechte|einwilligungen|lizenzen)`, `(?:sind|bist) (?:allein )?verantwortlich`],
    durationNouns: ['dauer', 'zeitraum', 'zeit'],
    thirdParties: ['dritte[n]?', `drittanbieter${L}`, `\\p{L}*partner(?:n|innen)?`, `dienstleister${L}`, `anbieter${L}`, `auftragsverarbeiter${L}`, `empfänger${L}`, `werbetreibende${L}`, 'andere unternehmen'],
  },
  protections: {
    sale: [`verkauf${L}`, `verkäuf${L}`, `veräußer${L}`, `vermiet${L}`, `monetarisier${L}`],
    share: [`weiterge(?:ben|geben|gibt)`, `weitergabe${L}`, `offenlegung${L}`, 'weiterzugeben', 'geben (?:[\\p{L}-]+ ){0,10}?weiter', 'teilen', 'teilt', 'geteilt', 'zu teilen', `offenleg${L}`, 'offengelegt', `übermitt${L}`, 'zugänglich (?:machen|gemacht)'],
    consent: [
      // A purpose whose stated legal basis is consent: "Einwilligung (art. 6 … a)" in a processing table.
      `einwilligung(?= (?:[\\p{L}]+ ){0,3}\\(?${GDPR_CONSENT_BASIS})`, `(?<=${GDPR_CONSENT_BASIS}[^|;.]{0,12}\\(?)einwilligung`,
      `(?:mit|nach|auf (?:der )?grundlage|aufgrund|nur mit|nur nach) (?:ihrer |deiner )?(?:vorherigen |ausdrücklichen |gesonderten |freiwilligen )*(?:einwilligung|zustimmung)`,
      `(?:sofern|wenn|falls) (?:sie|du) (?:\\p{L}+ ){0,4}?(?:eingewilligt|zugestimmt|einwilligen|zustimmen|aktiviert|aktivieren)`,
      `(?<=(?:nur|ausschließlich|lediglich) [^.;]{0,160})(?:wenn|sofern|falls) (?:sie|du) (?:\\p{L}+ ){0,4}?(?:eingewilligt|zugestimmt|einwilligen|zustimmen|aktiviert|aktivieren|erlauben|erlaubt|freigegeben)`,
      'opt-?in', 'standardmäßig (?:deaktiviert|ausgeschaltet)',
      `(?:nicht|niemals|kein${L})[^.;]{0,120}ohne (?:ihre |deine )?(?:vorherige |ausdrückliche )*(?:einwilligung|zustimmung)`,
      `(?:holen|einholen|einzuholen)[^.;]{0,40}(?:einwilligung|zustimmung)`,
    ],
    purposeLimit: [
      `(?:ausschließlich|nur|lediglich|allein) (?:\\p{L}+ ){0,3}?(?:zur|zum|zwecks|für die|im rahmen der) (?:erbringung|bereitstellung|durchführung|erfüllung|betrieb|darstellung|abwicklung|vertragserfüllung)${L}`,
      '(?:ausschließlich|nur|lediglich) (?:soweit|insoweit) (?:dies )?(?:erforderlich|notwendig)', 'zu keine[mn] anderen zweck(?:en)?',
    ],
    durationLimit: [
      `(?:bis|solange) (?:sie|zur|zum) (?:löschung|kündigung|beendigung|ihre${L} (?:inhalte|konto|kontos))`,
      `(?:endet|erlischt|erlöschen|enden) (?:automatisch )?(?:mit|bei|wenn|sobald|nach)`,
      `für die dauer (?:ihrer|der|deiner) (?:mitgliedschaft|nutzung|vertragslaufzeit|vertragsbeziehung)`,
      `(?:sie|du) (?:können|kannst) (?:diese${L} |das )?(?:nutzungsrecht|lizenz|einwilligung) (?:jederzeit )?widerrufen`,
    ],
    ownership: [
      `(?:sie|du) (?:bleiben|bleibst|sind|bist) (?:\\p{L}+ )?(?:inhaber|eigentümer|rechteinhaber)${L}`,
      `(?:verbleiben|verbleibt|bleiben|bleibt) (?:bei (?:ihnen|dir)|(?:ihr|dein) eigentum)`,
      `(?:wir|[\\p{L}]+) (?:beanspruch${L}|erwerb${L}) (?:\\p{L}+ )?(?:kein${L}|nicht) (?:eigentum|eigentumsrechte|rechte)`,
    ],
    notice: [`(?:bevor|vor) (?:wir )?[^.;]{0,80}(?:anderen|neuen|weiteren) zweck${L}`],
    dataObjects: ['dsgvo', `\\p{L}*daten`, 'informationen', 'angaben', 'inhalte?n?', 'beiträge?n?', 'nachrichten', `\\p{L}*aufnahmen`, 'eingaben', 'ausgaben', 'dateien', 'fotos', 'videos', 'werke'],
  },
  grammar: {
    definitionWords: [`bezeichne${L}`, `bedeute${L}`, 'meint', 'meinen', `umfass${L}`, `beinhalt${L}`, `versteh${L}`, 'steht für', 'stehen für'],
    purposeReference: [`(?:für|zu) (?:diese|die (?:oben|vorstehend|in diesem abschnitt) (?:genannten|beschriebenen))n? zwecke${L}`, 'zu diesem zweck', 'hierfür', 'zu diesen zwecken'],
    // Sharing verbs too: a promise not to share data is read even when nothing else in the clause is vocabulary.
    coreWords: [`\\p{L}*lizenz${L}`, `\\p{L}*nutzungsrecht${L}`, `urheberpersönlichkeitsrecht${L}`, 'einräumung', `weiterge${L}`, 'weiterzugeben', 'geben (?:[\\p{L}-]+ ){0,10}?weiter', `offenleg${L}`, `übermitt${L}`],
    definitionStart: `^(?:[Uu]nter )?(?:(?:[Dd]er|[Dd]ie|[Dd]as) (?:[Bb]egriff|[Aa]usdruck) )?(?:(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en) )?${Q}?((?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}’'&.-]*)(?:\\s+(?:von |und |oder |der |des |die |[\\p{L}\\p{N}][\\p{L}\\p{N}’'&.-]*)){0,5}?)${Q}?\\s*(?:\\([^)]{0,80}\\)\\s*)?,?\\s*(?:(?<=${Q}\\s*)[:–—]|:?\\s*(?:bezeichnet|bezeichnen|bedeutet|bedeuten|meint|meinen|umfasst|umfassen|beinhaltet|beinhalten|verstehen wir|versteht man|ist zu verstehen|sind zu verstehen|steht für|stehen für|sind|ist|schließt|umfasst nicht))(?![\\p{L}])`,
    definitionStrongVerbs: '(?:bezeichnet|bezeichnen|bedeutet|bedeuten|meint|meinen|verstehen wir|versteht man|zu verstehen|steht für|stehen für)',
    definitionInline: `\\((?:(?:nachfolgend|im folgenden|im weiteren|gemeinsam|zusammen|einzeln|jeweils|auch|kurz|oder|und|bezeichnet als|genannt|als|die|der|das)[,:\\s]*)*${Q}([^"“”„«»]{1,60}?)${Q}\\)`,
    definitionHint: [
      '["“„«‚][^"”“»‘\\n]{1,60}["”“»‘][*_]{0,2} ?[:–—]',
      '(?<![\\p{L}\\p{N}])(?:bezeichne|bedeute|meint|meinen|umfass|beinhalt|versteh|steht für|stehen für|sind|ist|schließt)',
      '["«»\'‚][^\\n]{1,120}?["«»\'‘] *\\)',
    ],
    definitionPronouns: '^(?:wir|sie|er|es|ihr|du|dies|diese|dieser|dieses|das|der|die|jede|jeder|jedes|unser|unsere|ihre|deine|man|hier|dort)(?:\\s|$)',
    widening: [
      { pattern: '(?<![\\p{L}])(?:(?:alle|sämtliche|jegliche|jede) (?:anderen|sonstigen|weiteren)|(?:und|oder) (?:andere|sonstige))(?![\\p{L}])', label: '"alle sonstigen …" (any other …)' },
      { pattern: '(?<![\\p{L}])(?:abgeleitet\\p{L}*|hergeleitet\\p{L}*|erzeugt\\p{L}*|generiert\\p{L}*)(?![\\p{L}])', label: 'abgeleitete Daten (data derived from it)' },
      { pattern: '(?<![\\p{L}])(?:einschließlich|insbesondere|unter anderem|u\\. ?a\\.|wie z\\. ?b\\.)', label: '"einschließlich …" (including …)' },
      { pattern: '(?<![\\p{L}])(?:unabhängig davon|gleich ob|ob oder nicht)(?![\\p{L}])', label: '"unabhängig davon, ob …" (whether or not …)' },
      { pattern: '(?<![\\p{L}])(?:in jeglicher form|in jeder form|in jedem format|gleich in welcher form)(?![\\p{L}])', label: '"in jeder Form" (in any form)' },
    ],
    exclusion: '(?<![\\p{L}])(?:nicht umfasst|umfasst nicht|umfassen nicht|ausgenommen|ausgeschlossen|mit ausnahme|außer|nicht erfasst)(?![\\p{L}])',
    userSideTerm: 'inhalt|daten|information|eingabe|ausgabe|beitrag|material|feedback|upload|werk|aufnahme|nachricht|kommunikation|bildnis|stimme|profil|nutzer|kunde|mitglied|ersteller|persön|prompt|foto|bild',
    userSideBody: '(?<![\\p{L}])(?:sie|du|nutzer\\p{L}*|mitglied\\p{L}*|kund\\p{L}*)(?![\\p{L}])[^.;]{0,60}(?:bereitstell|hochlad|hochgelad|übermitt|einstell|eingestellt|veröffentlich|erstell|teil|send|eingeb|generier)',
    conditionals: ['wenn', 'falls', 'sofern', 'soweit', 'es sei denn', 'bis', 'ob', 'im fall', 'im falle'],
    userSubjects: [
      '(?:sie|du) (?:dürfen|darfst|müssen|musst|sollen|sollst|werden|wirst|verpflichten|verpflichtest|erklären|erklärst|räumen|räumst|gewähren|gewährst|stimmen|stimmst|können|kannst)',
      `(?:nutzer|nutzerinnen|benutzer|mitglieder|kunden|besucher|dritte|crawler|bots)${L} (?:dürfen|darf|müssen|muss|sollen|verpflichten|können|kann)`,
      '(?:ihnen|dir|nutzern|dritten) ist (?:es )?(?:untersagt|verboten|nicht gestattet)', 'es ist (?:ihnen |dir )?(?:untersagt|verboten|nicht gestattet)',
    ],
    companySubjects: ['wir', 'uns', `unser${L}`],
    postNegators: ['nicht', 'niemals', 'nie', 'keinesfalls', `kein${L}`, `niemand${L}`],
    useVerbs: [GDPR_ARTICLE_6, `nutz${L}`, `verwend${L}`, `weiterge${L}`, 'geben', `teil(?:en|t)`, 'geteilt', `offenleg${L}`, `verkauf${L}`, `übermitt${L}`, `übertr[aä]g${L}`, `vervielfältig${L}`, `veröffentlich${L}`, `verbreit${L}`, `verwert${L}`, `trainier${L}`, `verarbeit${L}`],
    gatedUseVerbs: [GDPR_ARTICLE_6, `nutz${L}`, `verwend${L}`, `weiterge${L}`, `teil(?:en|t)`, `offenleg${L}`, `verkauf${L}`, `übermitt${L}`, `veröffentlich${L}`, `verbreit${L}`, `trainier${L}`, `verarbeit${L}`],
    collectVerbs: [`erheb${L}`, `erhob${L}`, `\\p{L}*sammel${L}`, `gesammelt`, `erfass${L}`, `empfang${L}`, `erhalt${L}`, `speicher${L}`, `aufzeichn${L}`, `zugriff${L}`, `kontaktier${L}`, `send${L}`],
    ownModel: '(?:deine|dein) (?:eigene[nrs]? )?(?:\\p{L}*modell|ki|algorithm)\\p{L}*',
    theirModel: '(?:deren|dessen|(?:ihre|seine) eigene[nrs]?) (?:\\p{L}*modell|ki|algorithm|zweck|produkt|system)\\p{L}*',
    thirdPartyPermission: '(?:dritte\\p{L}*|\\p{L}*partner\\p{L}*|\\p{L}*anbieter\\p{L}*|dienstleister\\p{L}*|empfänger\\p{L}*|unternehmen)[^.;]{0,80}(?:, die|, welche|damit diese|die diese)[^.;]{0,80}(?:nutzen|verwenden|trainieren|entwickeln)',
    licensing: ['lizenz', 'nutzungsrecht', 'erlaubnis', '(?:veröffentlich|verkauf|verbreit|verwert|vervielfältig|kommerziell|abgeleitete)'],
    shareRecipient: '(?<![\\p{L}])(?:an|mit|gegenüber) (?!sie(?![\\p{L}])|ihnen|dich|dir|uns(?![\\p{L}])|(?:ihrer|deiner) (?:einwilligung|zustimmung|erlaubnis))(?=\\p{L})',
    listConjunctions: ['und', 'oder', 'sowie', 'bzw\\.?'],
  },
  severity: BUILTIN_PACK.severity,
  rules: [],
  uses: GERMAN_USES,
}
