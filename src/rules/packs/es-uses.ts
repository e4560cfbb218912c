import type { UseVocabulary } from '../types.js'

/*
 * How Spanish terms and políticas de privacidad state a use of data or content ("utilizamos sus
 * datos para …", «su contenido podrá cederse a …», a row of a table of finalidades and bases
 * jurídicas) and the words that set its limits («únicamente», «salvo», «con su consentimiento»,
 * «a partir del 1 de mayo de 2026», «se eliminan a los 30 días»). Verbs are written by their
 * conjugations, not by open stems, where a stem is also a noun of another meaning ("uso" /
 * "usuario", "publicar" / "publicidad"). Ids are the English pack's (builtin-uses.ts); labels
 * give the Spanish words with an English gloss.
 */

/** Any letters: inflection endings (accented letters are letters; `\w` would stop at "é"). */
const L = '\\p{L}*'
/** The regular endings of a first-conjugation verb: "usar", "usamos", "usado", "usaremos". */
const AR = '(?:ar|o|a|as|an|amos|áis|ado|ada|ados|adas|ando|e|en|emos|ará|arán|aremos|aría|arían|aríamos)'
const MONTHS = '(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)'
/** A date: "1 de mayo de 2026", "1º de mayo de 2026", "01/05/2026". */
const DATE = `(?:\\d{1,2}(?:º|°|o)? de ${MONTHS}(?: de|,)? \\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4})`
const UNITS = '(?:horas?|días?|semanas?|mes(?:es)?|años?)'
const NUMBERS = '(?:un|una|dos|tres|cuatro|seis|siete|doce|quince|treinta|sesenta|noventa|cien)'
/** Participles of providing or making content: "subidos", "recopilada", "facilitados". */
const PROVIDED = `(?:cread|recopilad|recogid|recabad|subid|cargad|proporcionad|facilitad|enviad|compartid|publicad|aportad|generad|introducid)${L}`
const TIER_HOLDERS = '(?:plan(?:es)?|tarifas?|suscripci(?:ón|ones)|cuentas?|ediciones?|versi(?:ón|ones)|modalidad(?:es)?|clientes?|usuari(?:o|a|os|as)|miembros?|suscriptor(?:es|as?)?|vendedor(?:es|as?)?)'
const TIERS = '(?:gratuit(?:o|a|os|as)|gratis|free|personal(?:es)?|pro|profesional(?:es)?|business|empresa(?:s|rial|riales)?|enterprise|equipos?|team|premium|básic(?:o|a|os|as)|plus|studio|de pago|estándar|familiar(?:es)?)'
const MODELS = '(?:modelos?|algoritmos?|ia|inteligencia artificial|sistemas?|llms?|herramientas? de ia)'
const DATA = '(?:datos|información|contenidos?|archivos|ficheros|conversaciones|mensajes|grabaciones|fotos|fotografías|vídeos|publicaciones|documentos|obras)'
/** Participles of deleting: "eliminados", "borrada". */
const DELETED = '(?:eliminad|borrad|suprimid|destruid|sobrescrit)'

export const SPANISH_USES: UseVocabulary = {
  verbs: [
    `us${AR}`, `reutiliz${L}`, `utiliz${L}`, `emple(?:ar|amos|a|an|ando|aremos|ará|arán)`, `trat${AR}`, 'tratamientos?', `analiz${L}`, `explot${AR}`, `(?:servir|sirve|sirven|servirá|servirán) (?:para|a)`,
    `compart${L}`, `comunic${AR}`, `divulg${L}`, `revel${AR}`, `vend(?:emos|eremos|erá|erán|er|e|en|ido|ida|idos|idas|iendo)`, `alquil${AR}`,
    `ced(?:emos|eremos|erá|erán|er|e|en|ido|ida|idos|idas|iendo)`, 'cesión', 'cesiones', `transfer${L}`, `transfier${L}`, `(?:proporcion|facilit)${AR} a`, `(?:pon(?:er|emos|e|en|dremos|drá)|puest[oa]s?) a (?:su |la )?disposición`,
    `combin${AR}`, `cruz${AR}`, `conserv${AR}`, `guard${AR}`, `almacen${AR}`, `mant(?:ener|enemos|endremos|endrá|iene|ienen|enido|enida|enidos|enidas)`, `reten(?:er|emos|ido|ida|idos|idas)`, `archiv${AR}`,
    `entren${AR}`, 'entrenamiento', `mejor${AR}`, `desarroll${AR}`, `perfeccion${AR}`,
    `mostr(?:ar|amos|ado|ada|ados|adas|ando|aremos|ará)`, `muestr(?:a|an|e|en)`, `exhib${L}`, `public(?:ar|amos|a|an|ado|ada|ados|adas|ando|aremos|ará|arán)`, `difund${L}`, `destac${AR}`,
    `comercializ${L}`, `promocion${AR}`, `personaliz${L}`, `segment${AR}`, `perfil${AR}`, `elabor(?:ar|amos|aremos) perfiles`, `monetiz${L}`,
    `licenci${AR}`, `otorg${L}`, `conced${L}`, `(?:se )?(?:extiende|extienden|aplica|aplican|extenderá|aplicará) (?:también )?a`, `recog${L}`, `recab${AR}`, `recopil${AR}`,
  ],
  limiters: [
    {
      id: 'only', label: '«únicamente» / «exclusivamente» (only / solely)',
      patterns: ['únicamente', 'solamente', 'sólo', 'solo(?= (?:para|si|cuando|con|a|en|los|las|el|la|lo|se|usamos|utilizamos|compartimos|podemos|podremos))', 'exclusivamente', 'estrictamente', `limitad${L} a`, `restringid${L} a`, `(?:ningún|ninguna) otr[oa] (?:fin|finalidad|propósito|uso|destinatario)`, `(?:el |la |con el |con la )?(?:únic[oa]|sol[oa]) (?:fin|finalidad|propósito|objeto)`],
    },
    {
      id: 'exception', label: 'una exclusión (an exclusion)',
      patterns: [`salvo(?! (?:que|si|oposición|indicación))`, 'excepto', 'a excepción (?:de|del)', 'con excepción (?:de|del)', `exclu(?:ye|yen|ido|ida|idos|idas|ir|imos|yendo)`, 'exclusión', `distint${L} (?:de|del|a)`, 'aparte de', 'que no sean', 'no (?:incluye|incluyen|cubre|cubren|abarca|abarcan|comprende|comprenden)'],
    },
    {
      id: 'consent', label: 'consentimiento / opt-in (consent / opt-in)',
      patterns: [
        'consentimiento', `consi?ent(?:e|es|en|a|as|an|ir|ido|ida)`, 'opt-?in', `(?:con|previa|previo|tras obtener|mediante) (?:su |tu )?(?:previa |expresa |explícita )?(?:autorización|permiso|aceptación)`,
        `si (?:usted |tú )?(?:lo |la |los |las )?(?:activa|activas|acepta|aceptas|autoriza|autorizas|elige|eliges|opta|optas|decide|decides)`, '(?:solo|sólo|únicamente) (?:si|cuando)',
        `desactivad${L} (?:por defecto|de forma predeterminada|de manera predeterminada)`, `(?:salvo|a menos) que (?:usted |tú )?(?:lo |la )?(?:active|actives|acepte|aceptes|autorice|autorices)`,
      ],
    },
    {
      id: 'opt-out', label: 'derecho de oposición / opt-out (an opt-out)',
      patterns: [
        'opt-?out', `(?:salvo|a menos) que (?:usted |tú )?(?:se oponga|te opongas|lo desactive|lo desactives|la desactive|se dé de baja|te des de baja|retire|retires|revoque|revoques)`, 'salvo oposición',
        `oponer(?:se|te)`, 'oposición', `(?:puede|puedes|podrá|podrás|pueden) (?:[\\p{L}]+ ){0,3}?(?:oponerse|oponerte|desactivar(?:lo|la|los)?|retirar(?:lo|la)?|revocar(?:lo|la)?|darse de baja|darte de baja|excluirse|excluirte)`,
      ],
    },
    { id: 'negation', label: '«no» / «nunca» (a "not" / "never")', patterns: ['no', 'nunca', 'jamás', `ningun${L}`, 'ningún', 'nada', 'nadie', 'ni', 'tampoco', 'sin'] },
    {
      id: 'deidentified', label: 'solo datos anonimizados o agregados (de-identified or aggregated data only)',
      patterns: [`anonimiz${L}`, `p?seudonimiz${L}`, `agregad${L}`, `disociad${L}`, `anónim${L}`, `no identificativ${L}`, `no (?:le |te |lo |la )?identific(?:a|an|ará|arán)`, `no permit${L} identificar${L}`],
    },
    {
      id: 'time', label: 'una fecha de inicio (a start date or time limit)',
      patterns: [`(?:a partir|después|con posterioridad) (?:del|al) ${DATE}`, `desde el ${DATE}`, `con efectos? (?:desde|a partir) del? ${DATE}`, `${PROVIDED} (?:a partir|después|con posterioridad|desde)`],
    },
    {
      id: 'deletion', label: 'un compromiso de supresión (a deletion commitment)',
      patterns: [
        `(?:es|son|será|serán|ser|sea|sean|quedan|quedará|quedarán) (?:automáticamente |definitivamente |permanentemente |luego )?${DELETED}${L}`, '(?:se )?(?:eliminan|eliminarán|borran|borrarán|suprimen|suprimirán|destruyen|destruirán)',
        '(?:eliminamos|borramos|suprimimos|destruimos|eliminaremos|borraremos|suprimiremos|destruiremos)', `${DELETED}${L} (?:tras|después|en un plazo|en|a los|transcurridos|pasados|al cabo|\\d)`,
        `(?:tras|después de|en un plazo (?:máximo )?de|transcurridos|pasados|al cabo de|a los) (?:\\d+|${NUMBERS}) (?:horas|días|semanas|meses)`,
      ],
    },
    { id: 'period', label: 'un plazo de conservación fijo (a fixed retention period)', patterns: [`\\d+ ${UNITS}`, `${NUMBERS} ${UNITS}`] },
    { id: 'plan', label: 'un plan o una suscripción (a plan, tier or product limit)', patterns: [`${TIER_HOLDERS} ${TIERS}`] },
    {
      id: 'own-models', label: "nuestros propios modelos (a limit to the company's own models)",
      patterns: [`nuestr(?:o|a|os|as) (?:propi(?:o|a|os|as) )?${MODELS}`, `(?:modelos?|algoritmos?|sistemas?) (?:propios|internos)`],
    },
  ],
  broadeners: [
    { id: 'any-other', label: '«cualquier otro …» (any other …)', patterns: ['cualquier (?:otr[oa]|otros|otras)', 'cualesquiera otr[oa]s', 'cualquiera otr[oa]', '(?:todos|todas) (?:los |las )?(?:otros|otras|demás)', 'todo otro', 'toda otra'] },
    {
      id: 'regardless', label: '«independientemente de» / «sea cual sea» (whichever / regardless)',
      patterns: [
        'independientemente (?:de|del)', 'con independencia (?:de|del)', 'sea cual sea', 'sean cuales sean', 'cualquiera que sea', 'sea o no', '(?:tanto )?si (?:\\p{L}+ ){1,4}?como si no',
        `(?:todos|todas) (?:los |las )?(?:planes|cuentas|usuari(?:os|as)|miembros|clientes|suscripciones|tarifas|suscriptores)`, `(?:cada|toda|todo) (?:cuenta|usuari[oa]|miembro|cliente|plan|suscripción|suscriptor)`,
      ],
    },
    {
      id: 'earlier-data', label: 'datos anteriores al cambio (data from before the change)',
      patterns: [
        `${PROVIDED} (?:antes|con anterioridad|previamente|hasta (?:la fecha|ahora|hoy))`, `(?:previamente|ya|anteriormente) ${PROVIDED}`, `(?:pasad|anterior|históric)${L} (?:y|o|e|u) futur${L}`,
        `${DATA} (?:históric${L}|anteriores|existentes)`,
      ],
    },
    {
      id: 'open-retention', label: 'conservación por tiempo indefinido (open-ended retention)',
      patterns: [
        `(?:conserv|guard|almacen|mant(?:en|ien)|reten|retien|archiv)${L}[^.;]{0,60}(?:(?:durante )?(?:todo )?el (?:tiempo|plazo) (?:que (?:sea|resulte) )?(?:necesario|preciso|requerido|imprescindible)|mientras (?:sea|resulte|sean|resulten) (?:necesari|precis|útil|imprescindible)${L}|indefinidamente|de (?:forma|manera) indefinida|por tiempo indefinido|sin límite de tiempo|(?<!${DELETED}${L} (?:\\p{L}+ )?)(?:permanentemente|de (?:forma|manera) permanente)|hasta \\d+ años)`,
        `(?:durante )?(?:todo )?el (?:tiempo|plazo) (?:que (?:sea|resulte) )?(?:necesario|preciso|imprescindible)`, `mientras (?:sea|resulte|sean|resulten|lo consideremos|los consideremos) (?:necesari|precis|útil|imprescindible)${L}`,
        `mientras (?:los |las |lo |la )?necesitemos`, `hasta que (?:ya )?no (?:sean|sea) necesari${L}`, `ya no (?:los |las |lo |la )?(?:eliminamos|borramos|suprimimos|eliminaremos|borraremos)`,
        `(?:ciclo|calendario|política|rotación|plazo)s? (?:habitual|normal|estándar|ordinari[oa])${L} de (?:conservación|copias|retención|rotación)`,
      ],
    },
    {
      id: 'default-on', label: 'activado por defecto (on by default)',
      patterns: [`activad${L} (?:por defecto|de forma predeterminada|de manera predeterminada|automáticamente)`, `(?:por defecto|de forma predeterminada),? (?:está |estará )?activad${L}`, `automáticamente (?:activad|incluid|inscrit)${L}`, `activad${L} para (?:todos|todas|cada)`],
    },
    { id: 'weak-basis', label: 'interés legítimo en lugar del consentimiento (legitimate interests instead of consent)', patterns: ['inter[eé]s(?:es)? legítimos?', '(?:puede|puedes|podrá|podrás) oponer(?:se|te)'] },
    {
      id: 'and-products', label: 'otros productos, modelos o empresas (further products, models or companies)',
      patterns: [
        `(?:y|o|e|u) (?:los |las |otros |otras |nuestros |nuestras |a )?(?:productos|servicios|funcionalidades|funciones|modelos|herramientas|aplicaciones|empresas|compañías|sociedades|marcas|negocios) (?:que|basad|desarrollad|construid|operad|de nuestro grupo|del grupo)${L}`,
        `(?:actual|existent|present)${L} (?:o|y|e) futur${L}`, 'ahora o en el futuro', `futur${L} (?:productos|servicios|funcionalidades|funciones)`, `(?:productos|servicios|funcionalidades|funciones) futur${L}`,
      ],
    },
  ],
  // "sus notas", "tu historial": not "su cuenta", "su consentimiento", "en su caso", "a su disposición".
  yourThing: '(?<![\\p{L}])(?:sus|su|tus|tu|vuestr(?:o|a|os|as)) (?!(?:propi(?:o|a|os|as)|cuenta|consentimiento|elección|derechos?|solicitud(?:es)?|país|jurisdicción|responsabilidad|riesgo|acceso|obligaci(?:ón|ones)|uso|utilización|autorización|parte|caso|defecto|lugar|totalidad|conjunto|momento|favor|disposición|vez|suscripci(?:ón|ones)|pedidos?|pagos?|compras?)(?![\\p{L}]))\\p{L}+',
  // "usted puede compartir …", "si comparte …", "Puede compartir …" opening a sentence: the user acts.
  userAct: '(?:(?<![\\p{L}])(?:(?:usted|tú|el usuario|los usuarios|el cliente|los clientes|el miembro|los miembros) (?:puede|podrá|pueden|podrán|debe|deberá|deben|elige|decide|quiere|desea)|puedes|podrás|debes|eliges|decides|(?:si|cuando|siempre que) (?:usted|tú)?)|^(?:puede|podrá))(?: (?:también|libremente|en cualquier momento|nos|los|las|lo|la|le|les))*\\s*$',
  exclusions: ['salvo', 'excepto', 'a excepción', 'con excepción', `exclu(?:ye|yen|ido|ida|idos|idas|yendo)`, `distint${L} (?:de|del)`, 'aparte de', 'pero no', 'a menos que', 'no', 'nunca', 'jamás', 'sin', 'ni', `ningun${L}`, 'ningún'],
}
