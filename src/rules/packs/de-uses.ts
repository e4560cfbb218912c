import type { UseVocabulary } from '../types.js'

/*
 * How German terms and Datenschutzerklärungen state a use of data or content ("Wir verwenden
 * Ihre Daten, um …", „Ihre Inhalte können an … weitergegeben werden“, a row of a table of
 * Zwecke and Rechtsgrundlagen) and the words that set its limits („nur“, „außer“, „mit Ihrer
 * Einwilligung“, „ab dem 1. Mai 2026“, „nach 30 Tagen gelöscht“). German writes compounds
 * („Nutzungsdaten“, „KI-Modelle“, „Löschfrist“), splits separable verbs („geben … weiter“) and
 * puts „nicht“ after the verb of a main clause; the grammar's postNegators read that. Ids are the
 * English pack's (builtin-uses.ts); labels give the German words with an English gloss.
 */

/** Any letters: inflection endings and compound parts. */
const L = '\\p{L}*'
const MONTHS = '(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)'
/** A date: "1. Mai 2026", "01.05.2026". */
const DATE = `(?:\\d{1,2}\\. ?${MONTHS} \\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4})`
const UNITS = '(?:stunden?|tagen?|tage|tag|wochen?|monaten?|monate|monat|jahren?|jahre|jahr)'
const NUMBERS = '(?:einen|einem|einer|eine|ein|zwei|drei|vier|sechs|sieben|zwölf|vierzehn|dreißig|sechzig|neunzig|hundert)'
/** Participles of providing or making content: "hochgeladen", "erhobene", "bereitgestellt". */
const PROVIDED = `(?:erstellt|hochgeladen|erhoben|gesammelt|bereitgestellt|übermittelt|eingestellt|geteilt|gespeichert|veröffentlicht|eingegeben|aufgezeichnet)${L}`
/** Data and content, also as the last part of a compound ("Nutzungsdaten", "Sprachaufnahmen"). */
const DATA = `(?:\\p{L}*daten|inhalte?n?|beiträge?n?|nachrichten|\\p{L}*aufnahmen|eingaben|chats|unterhaltungen|dateien|fotos|videos|texte?n?|dokumente?n?)`
/** Model nouns that are not machine-learning models: business, pricing or subscription models. */
const NOT_ML_MODEL = '(?:geschäfts|preis|abo|abonnement|lizenz|vergütungs|bezahl|liefer|betriebs|rollen|kosten|tarif|finanzierungs|erlös|vertrags|arbeitszeit)'
const MODELS = `(?:(?!${NOT_ML_MODEL}modell)\\p{L}*modell(?:e|en|s)?|ki|ki-\\p{L}+|\\p{L}+-ki|künstliche${L} intelligenz|algorithm${L}|\\p{L}*systeme?n?|llms?)`
const TIERS = '(?:free|kostenlos|gratis|basis|basic|pro|business|enterprise|team|premium|plus|studio|unternehmens|geschäfts|firmen|privat|bezahl|standard|familien)'
const TIER_NOUNS = '(?:tarif|plan|paket|abo|abonnement|konto|konten|version|edition|kunde|nutzer|nutzerin|mitglied|account|lizenz)'

export const GERMAN_USES: UseVocabulary = {
  verbs: [
    `(?:be)?nutz(?:en|e|t|te|ten|ung|ungen)`, 'genutzt', `verwend(?:en|e|et|ete|eten|ung|ungen)`, 'verwendet', `weiterverwend${L}`, `verarbeit(?:en|e|et|ete|eten|ung|ungen)`, 'verarbeitet',
    `auswert(?:en|et|ung|ungen)`, 'ausgewertet', 'werten (?:[\\p{L}-]+ ){0,8}?aus', `analysier${L}`, `einsetz(?:en|t)`, 'eingesetzt', 'setzen (?:[\\p{L}-]+ ){0,8}?ein',
    'teilen', 'teilt', 'geteilt', `weiterge(?:ben|geben|gibt)`, 'weiterzugeben', 'geben (?:[\\p{L}-]+ ){0,10}?weiter', `offenleg${L}`, 'offengelegt', 'legen (?:[\\p{L}-]+ ){0,8}?offen',
    `übermitt${L}`, `verkauf(?:en|e|t|te|ten)`, `veräußer${L}`, `vermiet(?:en|et)`, `übertrag(?:en|ung)`, 'überträgt', `zugänglich (?:machen|gemacht|zu machen)`, `zur verfügung (?:stellen|gestellt|stellt|zu stellen)`, 'stellen (?:[\\p{L}-]+ ){0,8}?zur verfügung',
    `kombinier${L}`, `zusammenführ${L}`, 'führen (?:[\\p{L}-]+ ){0,8}?zusammen', `verknüpf${L}`, `speicher(?:n|t|te|ten|ung)`, 'gespeichert', `aufbewahr${L}`, 'aufbewahrt', 'bewahren (?:[\\p{L}-]+ ){0,8}?auf', `behalten`, 'behält', `archivier${L}`,
    `(?:nach|vor)?trainier${L}`, `verbesser(?:n|t|te|ten|ung)`, `(?:weiter)?entwickel(?:n|t|te|ten)`, 'entwickelt', `(?:weiter)?entwicklung`,
    `anzeig(?:en|t)`, 'angezeigt', 'zeigen', 'gezeigt', `veröffentlich${L}`, `verbreit${L}`, `darstell(?:en|t)`, 'dargestellt', `präsentier${L}`,
    `vermarkt${L}`, `bewerb(?:en|t)`, 'beworben', `werben`, `personalisier${L}`, `profilier${L}`, 'profiling', `monetarisier${L}`,
    `lizenzier${L}`, `einräum${L}`, 'räumen (?:[\\p{L}-]+ ){0,8}?ein', `erstreck${L} sich (?:auch )?auf`, `(?:gilt|gelten) (?:auch |ebenfalls )?für`, `erheb(?:en|t)`, 'erhoben', `(?:ein)?sammel${L}`, 'gesammelt', `erfass${L}`,
  ],
  limiters: [
    { id: 'only', label: '„nur“ / „ausschließlich“ (only / solely)', patterns: ['nur', 'ausschließlich', 'lediglich', 'einzig', 'allein(?= (?:zu|zum|zur|für|im))', `beschränkt auf`, `begrenzt auf`, `keine[mn]? (?:anderen|weiteren|sonstigen) zweck${L}`, `(?:einzige|alleinige)${L} zweck${L}`] },
    {
      id: 'exception', label: 'eine Ausnahme (an exclusion)',
      patterns: ['außer', 'ausgenommen', 'mit ausnahme', `ausnahme${L}`, `ausgeschlossen`, 'schließ(?:en|t) (?:[\\p{L}-]+ ){0,6}?aus', 'abgesehen von', `andere${L} als`, 'nicht jedoch', `nicht (?:umfasst|erfasst|eingeschlossen|einbezogen)`, `(?:umfass|erfass)(?:t|en) nicht`, `(?:gilt|gelten) nicht für`],
    },
    {
      id: 'consent', label: 'Einwilligung / Opt-in (consent / opt-in)',
      patterns: [
        `einwilligung${L}`, 'eingewilligt', `einwillig(?:en|t|st)`, `zustimmung${L}`, 'zugestimmt', `zustimm(?:en|t|st)`, 'stimmen (?:[\\p{L}-]+ ){0,6}?zu', 'opt-?in',
        `(?:mit|nach) (?:ihrer|deiner|eurer) (?:vorherigen |ausdrücklichen |gesonderten )*(?:erlaubnis|genehmigung|freigabe)`,
        `(?:nur |erst )?(?:wenn|sofern|falls) (?:sie|du) (?:\\p{L}+ ){0,5}?(?:aktivier${L}|einschalt${L}|eingeschaltet|zulass${L}|erlaub${L}|freigeb${L}|freigegeben|auswähl${L}|ausgewählt|entscheid${L}|opt${L})`,
        `standardmäßig (?:deaktiviert|ausgeschaltet|abgeschaltet|aus)`,
      ],
    },
    {
      id: 'opt-out', label: 'Widerspruch / Opt-out (an opt-out)',
      patterns: [
        'opt-?out', `widersprech${L}`, `widerspricht`, `widersprichst`, `widerspruch${L}`, `widerruf${L}`, `abbestell${L}`,
        `es sei denn,? (?:sie|du) (?:\\p{L}+ ){0,5}?(?:deaktivier${L}|abschalt${L}|ausschalt${L}|abgeschaltet|ausgeschaltet|widersprech${L}|widerruf${L})`,
        `(?:können|kannst|könnt) (?:[\\p{L}-]+ ){0,6}?(?:deaktivieren|abschalten|ausschalten|abwählen)`,
      ],
    },
    { id: 'negation', label: '„nicht“ / „niemals“ (a "not" / "never")', patterns: ['nicht', 'nie', 'niemals', `kein${L}`, 'keinesfalls', 'weder', 'ohne', 'nichts', 'nein'] },
    {
      id: 'deidentified', label: 'nur anonymisierte oder aggregierte Daten (de-identified or aggregated data only)',
      patterns: [`anonymisier${L}`, `anonym(?:e|en|er|es)?`, `pseudonymisier${L}`, `aggregier${L}`, `de-?identifizier${L}`, `nicht personenbezogen${L}`, `(?:sie|dich) nicht (?:persönlich )?identifizier${L}`, `keine rückschlüsse auf (?:ihre|deine|die) person`],
    },
    {
      id: 'time', label: 'ein Stichtag (a start date or time limit)',
      patterns: [`(?:ab|seit|nach) (?:dem )?${DATE}`, `${PROVIDED} (?:ab|seit|nach) (?:dem )?(?:${DATE}|inkrafttreten)`, `(?:ab|seit|nach) (?:dem )?inkrafttreten`],
    },
    {
      id: 'deletion', label: 'eine Löschzusage (a deletion commitment)',
      patterns: [
        `(?:werden|wird|würden|sind|ist) (?:[\\p{L}-]+ ){0,6}?(?:automatisch |endgültig |dauerhaft |unwiderruflich )?(?:gelöscht|vernichtet|überschrieben)`, `(?:wir )?lösch(?:en|t)`, `\\p{L}*löschfrist${L}`, `löschung${L}`,
        `(?:gelöscht|vernichtet|überschrieben) (?:nach|innerhalb|spätestens|binnen)`, `(?:nach|innerhalb von|binnen|spätestens nach|nach ablauf von) (?:\\d+|${NUMBERS}) ${UNITS}`,
      ],
    },
    { id: 'period', label: 'eine feste Speicherdauer (a fixed retention period)', patterns: [`\\d+ ${UNITS}`, `\\d+-?(?:stündig|tägig|wöchig|monatig|jährig)${L}`, `${NUMBERS} ${UNITS}`] },
    {
      id: 'plan', label: 'ein Tarif oder Konto (a plan, tier or product limit)',
      patterns: [`${TIERS}-?${TIER_NOUNS}${L}`, `(?:kostenlos|kostenpflichtig|gratis|privat|geschäftlich|bezahlt)${L} ${TIER_NOUNS}${L}`, `${TIER_NOUNS}${L} ["„“]?(?:free|basic|pro|business|enterprise|team|premium|plus|studio)`],
    },
    {
      id: 'own-models', label: 'unsere eigenen Modelle (a limit to the company\'s own models)',
      patterns: [`unser${L} (?:eigene${L} )?(?:[\\p{L}-]+ ){0,3}?${MODELS}`, `(?:eigene${L}|interne${L}|hauseigene${L}) ${MODELS}`],
    },
  ],
  broadeners: [
    {
      id: 'any-other', label: '„alle sonstigen …“ (any other …)',
      patterns: [`(?:alle|sämtliche${L}|jegliche${L}|jede${L}|beliebige${L}) (?:anderen?|sonstigen?|weiteren?)${L}`, 'alle (?:anderen|sonstigen|weiteren)', `irgendwelche${L} (?:anderen|sonstigen)`],
    },
    {
      id: 'regardless', label: '„unabhängig davon“ / „egal welcher“ (whichever / regardless)',
      patterns: [
        'unabhängig (?:davon|von|vom)', `gleich(?:gültig)?,? (?:ob|welche${L})`, `egal,? (?:ob|welche${L})`, 'ob (?:oder )?nicht', `welche${L} (?:\\p{L}+ ){0,2}?auch immer`,
        `(?:alle|sämtliche${L}) (?:tarife|pläne|pakete|konten|accounts|nutzer${L}|mitglieder|kunden|kundinnen|abonnements|abos)`, `(?:jede[ns]?|jedes) (?:konto|nutzer${L}|mitglied|kunden|kundin|tarif|plan|abo|abonnement)`,
      ],
    },
    {
      id: 'earlier-data', label: 'Daten aus der Zeit vor der Änderung (data from before the change)',
      patterns: [
        `(?:vor|bereits|zuvor|bisher|früher|seit) (?:[\\p{L}.-]+ ){0,4}?${PROVIDED}`, `(?:vergangene${L}|frühere${L}|bisherige${L}|historische${L}|bestehende${L}|vorhandene${L}|ältere${L}) ${DATA}`,
        `(?:vergangene${L}|bisherige${L}|bestehende${L}) (?:und|oder) (?:künftige${L}|zukünftige${L})`,
      ],
    },
    {
      id: 'open-retention', label: 'unbefristete Speicherung (open-ended retention)',
      patterns: [
        `(?:speicher|aufbewahr|bewahr|behalt|behält|gespeichert|aufbewahrt|archivier)${L}[^.;]{0,60}(?:(?:so lange,? wie|solange) (?:wir|es|dies)|unbefristet|unbegrenzt|dauerhaft(?! (?:\\p{L}+ )?(?:gelöscht|lösch|entfernt|anonymisiert|vernichtet|überschrieben))|auf unbestimmte zeit|zeitlich unbegrenzt|bis zu \\d+ jahren?)`,
        `(?:so lange,? wie|solange) (?:dies |es |sie |diese |das )?(?:\\p{L}+ ){0,2}?(?:erforderlich|notwendig|nötig|benötigt|zweckmäßig)`, `(?:so lange,? wie|solange) wir (?:sie |diese |die daten |dies |es )?(?:benötigen|brauchen|für erforderlich halten|für notwendig halten)`,
        `(?:werden|wird) (?:[\\p{L}-]+ ){0,4}?nicht mehr gelöscht`, `löschen (?:[\\p{L}-]+ ){0,4}?nicht mehr`, `bis (?:sie|diese|die daten|sie diese) nicht mehr (?:benötigt|erforderlich|notwendig)`,
        `(?:üblich|regulär|normal|standard|routinemäßig)${L} (?:[\\p{L}-]*)(?:zyklus|zyklen|rotation|routine|aufbewahrungsfristen|aufbewahrungsrichtlinie|aufbewahrungspraxis|löschroutine)${L}`,
      ],
    },
    {
      id: 'default-on', label: 'standardmäßig aktiviert (on by default)',
      patterns: ['standardmäßig (?:aktiviert|eingeschaltet|aktiv|an)', `voreingestellt${L}`, `automatisch (?:aktiviert|eingeschaltet|eingeschlossen|einbezogen|angemeldet|freigeschaltet)`, `(?:aktiviert|eingeschaltet) für (?:alle|jede${L})`],
    },
    { id: 'weak-basis', label: 'berechtigtes Interesse statt Einwilligung (legitimate interests instead of consent)', patterns: [`berechtigte${L} interesse${L}`, `(?:können|kannst) (?:[\\p{L}-]+ ){0,6}?widersprechen`] },
    {
      id: 'and-products', label: 'weitere Produkte, Modelle oder Unternehmen (further products, models or companies)',
      patterns: [
        `(?:und|oder) (?:die |den |der |andere${L} |weitere${L} |unsere${L} )?(?:produkte|dienste|dienstleistungen|funktionen|modelle|tools|apps|anwendungen|unternehmen|gesellschaften|marken|angebote)${L},? (?:die|der|den|auf|von|unserer|basierend|beruhend|aufbauend)`,
        `jetzt oder (?:in zukunft|künftig|zukünftig)`, `(?:gegenwärtig|bestehend|aktuell)${L} (?:oder|und) (?:künftig|zukünftig)${L}`, `(?:künftig|zukünftig)${L} (?:produkte|dienste|funktionen|angebote|dienstleistungen)`,
      ],
    },
  ],
  // "Ihre Sprachnotizen", "deine Fotos": not "Ihr Konto", "Ihre Einwilligung", "Ihre eigenen Modelle".
  yourThing: '(?<![\\p{L}])(?:ihre|ihren|ihrer|ihrem|ihres|ihr|deine|deinen|deiner|deinem|deines|dein|eure|euren|eurer|eurem|euer) (?!(?:eigene\\p{L}*|konto|kontos|einwilligung|zustimmung|wahl|rechte?n?|anfrage|antrag|land|verantwortung|risiko|zugang|zugriff|pflichten|nutzung|verwendung|verfügung|auftrag|namen|abonnements?|abos?|bestellung(?:en)?|zahlung(?:en)?|käufe?)(?![\\p{L}]))\\p{L}+',
  // "Sie können Ihre Fotos … teilen", "wenn Sie … hochladen": the user acts; German puts the verb last.
  userAct: '(?<![\\p{L}])(?:(?:sie|du|ihr|nutzer(?:innen)?|mitglieder|kunden|kundinnen) (?:können|kannst|könnt|dürfen|darfst|möchten|möchtest|wollen|willst|müssen|musst)|(?:wenn|falls|sofern|sobald|indem|soweit|nachdem) (?:sie|du))(?![\\p{L}])[^.;:,]{0,80}$',
  exclusions: ['außer', 'ausgenommen', 'mit ausnahme', 'abgesehen von', `andere${L} als`, 'nicht jedoch', 'aber nicht', 'es sei denn', 'nicht', 'nie', 'niemals', `kein${L}`, 'ohne', 'weder'],
}
