import { BUILTIN_PACK } from '../builtin.js'
import type { RulePack } from '../types.js'
import { SPANISH_USES } from './es-uses.js'
import { GDPR_ARTICLE_6, GDPR_CONSENT_BASIS } from './gdpr.js'

/*
 * Spanish: how licences ("usted nos otorga una licencia … ") and privacy notices ("no vendemos
 * sus datos personales") are drafted in Spanish terms (condiciones de uso, políticas de
 * privacidad), with the rights of the Ley de Propiedad Intelectual (reproducción, distribución,
 * comunicación pública, transformación) and the GDPR's bases (consentimiento, interés legítimo,
 * oposición). Spanish drops the subject pronoun: "nos otorga" (you grant us) against "le otorgamos"
 * (we grant you), and verbs in -amos/-emos/-imos name the company as subject. Ids are the
 * English pack's; labels give the Spanish words with an English gloss.
 */

/** Any letters: inflection endings (accented letters are letters). */
const L = '\\p{L}*'
/** Spanish quotation marks: «…», "…", “…”. */
const Q = '(?:["“”\'‘’«»])'
/** Rights of a licence as infinitives. */
const RIGHTS = '(?:usar|utilizar|reproducir|distribuir|comunicar(?: públicamente)?|transformar|modificar|adaptar|traducir|publicar|explotar|comercializar|alojar|almacenar|mostrar|copiar|sublicenciar|ceder|vender|difundir)'
/** "modelo" that is not a machine-learning model. */
const NOT_ML_MODEL = '(?! (?:de negocio|económico|de contrato|de formulario|de suscripción|de precios|de facturación|de carta|de documento))'

export const SPANISH_PACK: RulePack = {
  name: 'builtin-es',
  language: 'es',
  vocabulary: {
    attributes: [
      { id: 'perpetual', label: 'perpetua (perpetual)', weight: 2, patterns: [`perpetu${L}`, 'a perpetuidad', `(?:por|durante) (?:todo el|el) (?:plazo|tiempo|período|periodo) (?:máximo )?(?:de (?:protección|duración|vigencia)|legal)(?: (?:previsto|permitido) por la ley)?(?: de (?:los|dichos) derechos)?`, 'sin límite (?:temporal|de tiempo|de duración)', 'por tiempo (?:indefinido|ilimitado)', 'duración ilimitada'] },
      { id: 'irrevocable', label: 'irrevocable (irrevocable)', weight: 2, patterns: [`(?<!no )irrevocabl${L}`] },
      { id: 'worldwide', label: 'mundial (worldwide)', weight: 0.5, patterns: [`mundial${L}`, '(?:en|para) todo el mundo', 'ámbito (?:territorial )?mundial', 'sin (?:limitación|límite) territorial', 'a nivel mundial'] },
      { id: 'royalty-free', label: 'gratuita (royalty-free)', weight: 0.5, patterns: [`gratuit${L}`, 'a título gratuito', 'libre de (?:regalías|derechos|royalties|cánones)', 'sin (?:coste|costo|cargo|contraprestación|remuneración|compensación|pago)(?: alguno| alguna)?', `exent${L} de regalías`] },
      { id: 'sublicensable', label: 'sublicenciable (sublicensable)', weight: 2, patterns: [`sublicenciabl${L}`, `(?:derecho|facultad|posibilidad) (?:a |de )?(?:otorgar |conceder )?sublicencias?`, '(?:otorgar|conceder) sublicencias', 'con (?:facultad|derecho) de sublicenciar'] },
      { id: 'multi-tier', label: 'sublicenciable en varios niveles (through multiple tiers)', weight: 1, patterns: ['(?:en|a través de) (?:varios|múltiples) niveles', 'multinivel'] },
      { id: 'transferable', label: 'transferible (transferable)', weight: 1, patterns: [`(?<!no )(?<!in)(?:transferibl|cedibl|transmisibl)${L}`, '(?:derecho|facultad) (?:a |de )(?:ceder|transferir)'] },
      { id: 'exclusive', label: 'exclusiva (exclusive)', weight: 3, patterns: ['(?<!no )(?<!no-)(?<!competencia )(?<!jurisdicción )exclusiv(?:o|a|os|as)'] },
      { id: 'unconditional', label: 'sin restricciones (unconditional / unrestricted)', weight: 1, patterns: [`incondicional${L}`, 'sin (?:restricción|restricciones|limitación|limitaciones|condición|condiciones)(?: alguna| de ningún tipo)?(?! (?:temporal|territorial|de tiempo|geográfica))'] },
      { id: 'all-other-rights', label: 'todos los derechos (all other rights)', weight: 2, patterns: ['todos los (?:demás )?derechos (?:necesarios|requeridos|de propiedad intelectual|de explotación|patrimoniales)', '(?:y|así como) todos los (?:demás )?derechos', 'la totalidad de los derechos'] },
      { id: 'survives-termination', label: 'subsiste tras la terminación (survives termination or deletion)', weight: 1, patterns: [`(?:subsist${L}|perdur${L}|sobreviv${L}|continu${L} (?:vigente|en vigor)|seguir${L} (?:vigente|en vigor)|se mantendr${L})[^.;]{0,60}(?:terminación|resolución|cancelación|eliminación|extinción|baja|cierre|finalización)`, `(?:incluso|aun|aún) (?:después|tras) (?:de )?(?:la |el |que )?(?:terminación|resolución|cancelación|eliminación|baja|cierre|elimine${L}|cancele${L}|finalice${L}|borre${L})`] },
      { id: 'moral-rights-waiver', label: 'renuncia a los derechos morales (moral rights waived)', weight: 1, patterns: [`(?:renunci${L}|no (?:ejercer|invocar|reclamar|hacer valer))[^.;]{0,80}derechos? morales?`, `derechos? morales?[^.;]{0,80}(?:renunci${L}|no (?:ejercer|invocar|hacer valer))`] },
      { id: 'any-media', label: 'cualquier medio conocido o por conocer (any media now known or later developed)', weight: 0.5, patterns: [`(?:cualquier|todo tipo de|todos los) (?:medio|medios|soporte|soportes|formato|formatos|canal|canales)[^.;]{0,40}(?:conocid${L} o por conocer|existentes? o (?:futur${L}|que se desarrollen)|actuales? o futur${L})`, `conocid${L} o por conocer`] },
      { id: 'assignment', label: 'cesión de todos los derechos (assignment of ownership)', weight: 4, patterns: [`ced${L} (?:a [^.;]{1,60} )?(?:la totalidad de |todos )(?:los |sus )?derechos`, 'cesión (?:en exclusiva )?(?:de )?(?:todos |la totalidad de )(?:los )?derechos'] },
    ],
    rightsVerbs: [
      { id: 'use', label: 'usar (use)', weight: 0, patterns: ['us(?:ar|o)', 'utiliz(?:ar|ación)'] },
      { id: 'host', label: 'alojar / almacenar (host / store)', weight: 0, patterns: ['alojar', 'almacen(?:ar|amiento)', 'conserv(?:ar|ación)', 'archivar'] },
      { id: 'reproduce', label: 'reproducir (reproduce / copy)', weight: 0, patterns: ['reproduc(?:ir|ción)', 'copiar'] },
      { id: 'display', label: 'mostrar (display)', weight: 0, patterns: ['mostrar', 'exhibi(?:r|ción)', 'exponer'] },
      { id: 'transmit', label: 'comunicar públicamente (transmit / communicate to the public)', weight: 0, patterns: [`comunica(?:r|ción) públic${L}`, 'poner a disposición(?: del público)?', 'puesta a disposición', 'transmiti(?:r|sión)', 'transmisión'] },
      { id: 'modify', label: 'modificar (modify / edit)', weight: 1, patterns: ['modific(?:ar|ación|aciones)', 'editar', 'alterar', 'retocar'] },
      { id: 'adapt', label: 'transformar / traducir (adapt / translate)', weight: 1, patterns: ['adapt(?:ar|ación)', 'traduc(?:ir|ción)', 'transcribir', 'transform(?:ar|ación)'] },
      { id: 'derivative-works', label: 'obras derivadas (create derivative works)', weight: 1, patterns: ['obras? derivadas?'] },
      { id: 'publish', label: 'publicar / difundir (publish)', weight: 1, patterns: ['public(?:ar|ación)', 'divulg(?:ar|ación)', 'difundir', 'difusión', 'ejecutar públicamente'] },
      { id: 'distribute', label: 'distribuir (distribute)', weight: 1, patterns: ['(?:re)?distribu(?:ir|ción)'] },
      { id: 'sell', label: 'vender (sell)', weight: 2, patterns: ['vender', 'revender', 'alquilar'] },
      { id: 'license', label: 'sublicenciar (license to others)', weight: 2, patterns: ['sublicenciar', '(?:otorgar|conceder) (?:sub)?licencias'] },
      { id: 'commercialize', label: 'comercializar (commercialise / monetise)', weight: 2, patterns: ['comercializ(?:ar|ación)', 'monetiz(?:ar|ación)', 'fines comerciales', '(?:uso|explotación) comercial'] },
      { id: 'exploit', label: 'explotar (exploit)', weight: 2, patterns: ['explot(?:ar|ación)'] },
      { id: 'otherwise-use', label: 'de cualquier forma ("otherwise use")', weight: 1, patterns: ['de cualquier (?:forma|manera|modo)', 'en cualquier forma', 'por cualquier medio'] },
    ],
    objects: [
      { id: 'content', label: 'su contenido (user content)', userSide: true, weight: 0, patterns: [`(?:su|sus|tu|tus) (?:\\p{L}+ )?(?:contenidos?|publicaciones?|creaciones?|obras?|fotos?|fotografías?|imágenes?|vídeos?|videos?|archivos?|ficheros?|textos?|anuncios?|envíos?|contribuciones?|proyectos?|diseños?|música|reseñas?)`, `contenidos? (?:del usuario|de (?:los )?usuarios|generados? por (?:el |los )?usuarios?)`, `(?:contenidos?|materiales?|obras?|archivos?) que (?:usted |tú )?(?:nos )?(?:publiqu${L}|public${L}|sub${L}|envi${L}|envía${L}|compart${L}|proporcion${L}|cre${L}|aport${L}|carg${L})`] },
      { id: 'content-generic', label: 'contenido (content)', userSide: false, weight: 0, patterns: ['(?:dicho|dichos|dicha|el|los|todo el|cualquier|tales) contenidos?', 'contenidos?'] },
      { id: 'personal-data', label: 'datos personales (personal data)', userSide: true, weight: 0, patterns: ['datos (?:de carácter )?personales', `(?:sus|tus|su|tu) (?:\\p{L}+ )?(?:datos|información)`, 'información (?:personal|sobre usted|que (?:usted )?(?:nos )?(?:proporcion|facilit)\\p{L}*)'] },
      { id: 'inputs', label: 'entradas e instrucciones (inputs and prompts)', userSide: true, weight: 1, patterns: ['entradas', 'prompts?', 'consultas', 'indicaciones', 'instrucciones (?:que|de usuario)'] },
      { id: 'outputs', label: 'resultados generados (outputs)', userSide: true, weight: 1, patterns: ['salidas', `resultados(?! de (?:la )?búsqueda)`, `resultados? (?:generad${L}|producid${L})`, `contenidos? generad${L} por (?:la )?(?:ia|inteligencia artificial|el servicio)`] },
      { id: 'communications', label: 'mensajes (messages and communications)', userSide: true, weight: 1, patterns: ['(?:sus |tus )?(?:mensajes|chats?|conversaciones|comunicaciones|correspondencia|correos? electrónicos?)'] },
      { id: 'recordings', label: 'grabaciones (recordings, audio and video)', userSide: true, weight: 1, patterns: ['grabaciones?(?: de (?:voz|audio|vídeo|video))?', 'audio', 'transcripciones?'] },
      { id: 'identity', label: 'nombre, imagen, voz (name, likeness, voice or image)', userSide: true, weight: 2, patterns: ['(?:su |tu )?(?:nombre|nombres|voz|semejanza|apariencia|firma|biografía|retrato)', 'imagen (?:y|o|,) (?:voz|semejanza|nombre)', '(?:nombre|voz) (?:y|o|,) imagen', 'nombre de usuario', 'fotos? de perfil', 'derechos? de imagen', 'propia imagen'] },
      { id: 'usage-data', label: 'datos de uso (usage data and telemetry)', userSide: true, weight: 1, patterns: ['datos de (?:uso|navegación|diagnóstico|(?:su |del )?dispositivo|conexión|interacción)', 'telemetría', 'metadatos', 'registros de actividad'] },
      { id: 'feedback', label: 'comentarios y sugerencias (feedback)', userSide: true, weight: 0, patterns: ['comentarios (?:sobre|acerca de) (?:el|los|nuestros) (?:servicios?|productos?)', 'sugerencias', 'ideas', 'propuestas', 'opiniones'] },
    ],
    purposes: [
      { id: 'any-purpose', label: 'cualquier finalidad (any purpose)', weight: 3, patterns: ['(?:para|con) cualquier (?:otro |otra )?(?:fin|finalidad|propósito)(?: (?:lícito|legítimo))?', 'cualesquiera (?:fines|finalidades)', 'para todos los fines'] },
      { id: 'marketing', label: 'publicidad y promoción (marketing, advertising or promotion)', weight: 1, patterns: ['marketing', 'mercadotecnia', `publicidad${L}`, `publicitari${L}`, `promoci${L}`, `promocional${L}`, 'promover'] },
      { id: 'new-products', label: 'nuevos productos o servicios (developing new products, features or services)', weight: 2, patterns: [`(?:desarroll${L}|cre${L}|diseñ${L}) (?:de )?nuev(?:os|as) (?:productos|servicios|funcionalidades|funciones|tecnologías)`] },
      { id: 'research', label: 'investigación (research)', weight: 1, patterns: [`investigaci${L}(?: y desarrollo)?`, 'i\\+d'] },
      { id: 'improve', label: 'mejora de los servicios (improving the services)', weight: 0.5, patterns: ['mejor(?:ar|a|amiento) (?:de )?(?:nuestros |los |el |nuestro |la |nuestra )?(?:servicios?|productos?|plataforma|funcionalidades)'] },
      { id: 'expansion', label: 'expansión del negocio (expanding the business)', weight: 1, patterns: ['(?:expansión|ampliación) (?:de nuestro|del) negocio'] },
    ],
    grantees: [
      { id: 'affiliates', label: 'empresas afiliadas (affiliates)', weight: 1, patterns: ['(?:sociedades|empresas|entidades|compañías) (?:afiliadas|vinculadas|del grupo|de nuestro grupo)', `afiliad${L}`, 'filiales?', 'grupo empresarial'] },
      { id: 'partners', label: 'socios (partners)', weight: 2, patterns: ['socios(?: comerciales)?', 'partners?', 'aliados'] },
      { id: 'third-parties', label: 'terceros (third parties)', weight: 2, patterns: ['terceros?', 'terceras partes', 'cualquier (?:otra )?(?:persona|entidad)'] },
      { id: 'other-users', label: 'otros usuarios (other users)', weight: 2, patterns: ['(?:otros|demás) usuarios', '(?:el|al|del) público'] },
      { id: 'successors', label: 'sucesores y cesionarios (successors and assigns)', weight: 1, patterns: ['sucesores', 'cesionarios', 'causahabientes'] },
      { id: 'sublicensees', label: 'sublicenciatarios (sublicensees and licensees)', weight: 1, patterns: ['sublicenciatarios', 'licenciatarios'] },
    ],
    conditions: [
      { id: 'consent', label: 'con consentimiento (with consent (opt-in))', patterns: [`(?:con|previo|tras obtener|mediante|sobre la base de|basad${L} en) (?:su |tu )?(?:previo )?(?:consentimiento|autorización|permiso)`, 'si (?:usted )?(?:lo )?(?:consiente|acepta|activa|elige|opta)', 'opt-?in', `desactivad${L} (?:por defecto|de forma predeterminada)`, 'consentimiento'] },
      { id: 'opt-out', label: 'derecho de oposición (opt-out available)', patterns: ['opt-?out', 'oponerse', 'oposición', '(?:puede|podrá|puedes|podrás) (?:desactivar|retirar|revocar|oponerse|darse de baja)'] },
      { id: 'deidentified', label: 'datos anonimizados (de-identified or aggregated data only)', patterns: [`anonimiz${L}`, `(?:p?seudonimiz)${L}`, `agregad${L}`, `disociad${L}`, `anónim${L}`, `no identificativ${L}`] },
      { id: 'limited-purpose', label: 'únicamente para prestar el servicio (solely to provide the service)', patterns: [`(?:únicamente|exclusivamente|solamente|solo|sólo|estrictamente) (?:en la medida necesaria )?(?:para|con el fin de|a efectos de|con la finalidad de) (?:la |el )?(?:prest${L}|ofrec${L}|operar|funcionamiento|proporcion${L}|facilit${L}|aloj${L}|mostrar|ejecu${L})`, `(?:en la medida|lo) (?:estrictamente )?necesari${L}`, '(?:para )?ningún otro fin', 'ninguna otra finalidad'] },
    ],
  },
  ai: {
    trainingVerbs: [`entren${L}`, `reentren${L}`, `preentren${L}`, 'afinar', 'ajuste fino'],
    developmentVerbs: [`desarroll${L}`, 'mejor(?:ar|amos|ará|aremos|an|ado|ados|ada|adas|ando|amiento)', `optimiz${L}`, `constru${L}`, `perfeccion${L}`, `evalu${L}`, `valid${L}`, 'cre(?:ar|amos)'],
    recipients: ['proveedor(?:es)? de (?:modelos?|ia|inteligencia artificial|aprendizaje automático)', '(?:socios|empresas|proveedor(?:es)?|desarrolladores) (?:de|en) (?:ia|inteligencia artificial)'],
    aiNouns: [
      'inteligencia artificial', 'ia', 'i\\.a\\.', 'aprendizaje (?:automático|automatico|profundo|de máquina)', 'machine[- ]learning', 'deep learning', 'ia generativa', `generativ${L}`, 'llms?',
      `modelos?${NOT_ML_MODEL}`, `algoritm${L}`, 'redes neuronales', `sistemas? de (?:ia|inteligencia artificial)`, `tecnologías? de (?:ia|inteligencia artificial)`, `herramientas? de (?:ia|inteligencia artificial)`,
      'chat ?bots?', `asistentes? (?:virtuales?|de ia)`, 'conjuntos? de datos', 'datos de entrenamiento',
    ],
    humanNouns: [`emplead${L}`, 'personal', 'equipos?', 'agentes? de (?:soporte|atención)', `moderador${L}`, `trabajador${L}`, 'usted'],
    nominal: [
      `entrenamiento (?:y (?:mejora|desarrollo) )?(?:de |del |de los |de las |de nuestros |de sus |de nuestras )?(?:modelos?|algoritmos?|ia|inteligencia artificial|sistemas?|redes)`,
      `(?:fines|finalidad(?:es)?|propósitos?) de (?:entrenamiento|aprendizaje automático|inteligencia artificial|ia)`,
      `(?:como|para) datos de entrenamiento`,
      `(?:modelos?(?: de ia)?|ia|inteligencia artificial|algoritmos?|sistemas? de ia|tecnologías? de ia)(?: [\\p{L}-]+){0,3} que (?:nosotros )?(?:desarroll|entren|mejor|perfeccion|optimiz)${L}`,
    ],
    instrumentCues: [`us${L}`, `utiliz${L}`, 'mediante', 'a través de', 'con ayuda de', 'con', `basad${L} en`, 'por medio de', 'gracias a', `emple${L}`, 'apoyándonos en'],
  },
  cues: {
    negators: ['no', 'nunca', 'jamás', `ningun${L}`, 'ningún', 'nada', 'nadie', 'ni', 'tampoco', `desactivad${L}`, `excluid${L} de`],
    falseNegators: [
      `no[- ](?:exclusiv|transferibl|sublicenciabl|comercial|personal|limitativ|exhaustiv)${L}`, 'sin limitarse a', 'no obstante', '(?:si|cuando) (?:usted |tú )?no', 'a menos que', 'no más tarde de', 'no (?:más|menos) de', 'sea o no', 'o no', `no solo`, `no sólo`,
      // A negation inside a relative clause about the data ("datos que no le identifican") does not reach the main verb.
      `(?:que|los cuales|las cuales) no (?:le |lo |la |les |los |las )?(?!(?:us|utiliz|compart|vend|ced|comunic|transfier|transfer|entren|emple)${L})\\p{L}+`,
    ],
    restrictions: [`prohib${L}`, '(?:se compromete|te comprometes|se obliga|te obligas) a no', 'abstenerse de', `no (?:está|están) (?:permitid|autorizad)${L}`],
    scopeBoundaries: [';', ':', '\\|', 'pero', 'sin embargo', 'no obstante', 'salvo', 'excepto', 'a excepción', 'a menos que', 'siempre que', 'mientras que', 'aunque', 'sino', 'con excepción'],
    grantOperatives: [
      `(?:otorg${L}|conced${L}|concedi${L}|confier${L}|confer${L}|ced(?:e|emos|es|en|er|ido|ida)) (?:a [^.;]{1,60} )?(?:por la presente |expresamente )?(?:una|un|el|la|los|las|todos?)? ?(?:[\\p{L}-]+,? (?:y |o |e )?){0,14}(?:licencias?|derechos?|autorizaci${L}|permisos?)`,
      `licencias? (?:que )?(?:usted )?(?:nos )?(?:otorga|concede|otorgada|concedida)`,
      `(?:licencia|derecho)s? (?:de uso |de explotación )?(?:para|a) ${RIGHTS}`,
      `(?:usted |tú )?(?:nos )?autoriza${L} (?:expresamente )?(?:a )?(?:\\p{L}+ ){0,5}?(?:a )?${RIGHTS}`,
      `(?:podrá|podremos|podrán|tendrá derecho a|tendremos derecho a|se reserva el derecho (?:a|de)|nos reservamos el derecho (?:a|de)|está facultad${L} para|estaremos facultados para) (?:libremente )?(?:usar,? )?(?:[\\p{L}]+, ){0,6}(?:y |o )?(?:publicar|reproducir|distribuir|modificar|vender|sublicenciar|comercializar|explotar|comunicar públicamente|transformar|difundir)`,
      // "Usted acepta que mostremos su nombre …": consent to a use is a grant.
      `(?:consient${L}|acept${L}|autoriz${L}) (?:expresamente )?(?:en )?que (?:[\\p{L}]+ ){0,3}?(?:utilic|us|muestr|publiqu|reproduzc|difund|explot|asoci)${L}`,
      `renunci(?:a|as|an|ar)`, 'no (?:ejercer|invocar|hacer valer)',
    ],
    toUser: [
      '(?:le|te) (?:otorga|otorgamos|concede|concedemos|da|damos|confiere|conferimos)(?![\\p{L}])',
      'se (?:le|te) (?:otorga|concede)',
      `(?:su|tu) (?:licencia|derecho) (?:limitad${L} )?(?:para|a|de) (?:usar|utilizar|acceder)`,
    ],
    fromUser: [
      `(?:usted|tú) (?:nos |le )?(?:\\p{L}+ )?(?:otorga|otorgas|concede|concedes|cede|cedes|autoriza|autorizas|confiere|transfiere|renuncia|acepta|aceptas|reconoce|consiente|da)(?![\\p{L}])`,
      'nos (?:otorga|otorgas|otorgan|concede|concedes|conceden|cede|cedes|ceden|autoriza|autorizas|autorizan|confiere|transfiere|da|das)(?![\\p{L}])',
      `al (?:publicar|subir|enviar|compartir|proporcionar|cargar|aportar|crear)`,
      `(?:cuando|si) (?:usted )?(?:publica|sube|envía|comparte|proporciona|carga)`,
      `(?:el usuario|los usuarios|el cliente|el miembro|los miembros) (?:otorga|otorgan|concede|conceden|cede|ceden|autoriza|autorizan)`,
      `(?:licencia|derechos?) (?:otorgad${L}|concedid${L}) por (?:usted|el usuario)`,
    ],
    grantReferences: [`(?:esta|la presente|dicha|estas|dichas) (?:licencias?|autorizaci${L})`, '(?:los )?derechos (?:así )?(?:otorgados|concedidos|cedidos)'],
    companyObjects: [`(?:el|los|nuestros?|la|nuestras?) (?:servicios?|sitios? web|sitio|plataformas?|aplicaci${L}|software|productos?|api)`, 'nuestros? (?:contenidos?|marcas?|logotipos?)'],
    warranties: [`garantiz${L}`, `declar${L} y garantiz${L}`, '(?:dispone|posee|cuenta con|ha obtenido) (?:de )?(?:todos los|los) (?:derechos|permisos|licencias|consentimientos)', '(?:usted )?es (?:el )?(?:único )?responsable'],
    durationNouns: ['duración', 'período', 'periodo', 'plazo', 'tiempo'],
    thirdParties: ['terceros?', 'terceras partes', 'socios', `proveedor${L}`, 'encargados? del tratamiento', `destinatari${L}`, `anunciantes?`, 'otras empresas', `subencargad${L}`, 'colaboradores'],
  },
  protections: {
    sale: [`vend(?:emos|eremos|er|e|en|ido|ida|idos|idas)`, 'venta de', `alquil${L}`, `comerci(?:amos|ar|a) con`, `monetiz${L}`],
    share: [`compart${L}`, `comunic${L}`, 'cedemos', 'cederemos', 'ceder', 'cesión', `divulg${L}`, `revel${L}`, `transfer${L}`, `transfier${L}`, `facilit${L}`, 'poner a disposición'],
    consent: [
      // A purpose whose stated legal basis is consent: "Consentimiento (art. 6 … a)" in a processing table.
      `consentimiento(?= (?:[\\p{L}]+ ){0,3}\\(?${GDPR_CONSENT_BASIS})`, `(?<=${GDPR_CONSENT_BASIS}[^|;.]{0,12}\\(?)consentimiento`,
      `(?:con|previo|tras obtener|mediante|sobre la base de|basad${L} en|solo con|únicamente con) (?:su |tu )?(?:previo )?(?:consentimiento|autorización|permiso)`,
      `(?:solo|sólo|únicamente) (?:si|cuando) (?:usted )?(?:lo )?(?:ha )?(?:consent${L}|acept${L}|activ${L}|elegido|optado)`,
      'si (?:usted )?(?:lo )?(?:consiente|acepta|activa)',
      // "Solo utilizaremos … si usted lo autoriza": the gate may come at the end of the sentence.
      `(?<=(?:solo|sólo|únicamente|exclusivamente) [^.;]{0,160})(?:si|cuando) (?:usted |tú )?(?:nos )?(?:lo )?(?:ha |has )?(?:autoriz|consient|consent|acept|activ|elig|opt)${L}`,
      `(?:recab${L}|obten${L}|obtien${L}|solicit${L}|pedi${L}) (?:su |tu )?(?:previo )?(?:consentimiento|autorización|permiso)`,
      'opt-?in', `desactivad${L} (?:por defecto|de forma predeterminada)`,
      `(?:no|nunca)[^.;]{0,120}sin (?:su |tu )?(?:previo )?(?:consentimiento|autorización|permiso)`,
    ],
    purposeLimit: [
      `(?:únicamente|exclusivamente|solamente|solo|sólo|estrictamente) (?:en la medida necesaria )?(?:para|con el fin de|a efectos de|con la finalidad de) (?:la |el )?(?:prest${L}|ofrec${L}|operar|funcionamiento|proporcion${L}|facilit${L}|aloj${L}|mostrar|ejecu${L})`,
      `(?:en la medida|lo) (?:estrictamente )?necesari${L}`, '(?:para )?ningún otro fin', 'ninguna otra finalidad',
    ],
    durationLimit: [
      'hasta que (?:usted )?(?:elimine|borre|retire|cancele|cierre|dé de baja)',
      `(?:finaliza|termina|se extingue|expira)${L} (?:cuando|en el momento|al|con|si)`,
      '(?:durante|por) el (?:tiempo|período|periodo|plazo) (?:en (?:el )?que|que|de vigencia|durante el cual)',
      'mientras (?:usted )?(?:mantenga|sea|utilice)',
      '(?:puede|podrá) revocar (?:esta|la|dicha) (?:licencia|autorización)',
    ],
    ownership: [
      `(?:usted|tú) (?:conserva|mantiene|retiene|sigue siendo|es el|eres el)${L} (?:la |el )?(?:titular${L}|propiedad|propietari${L}|todos los derechos)`,
      `(?:seguirá|sigue|seguirán|siguen|permanece|permanecen) siendo (?:de su propiedad|suyos?|suyas?|de su titularidad|de usted)`,
      `no (?:reclamamos|adquirimos|reivindicamos) (?:ningún |la )?(?:derecho de )?(?:propiedad|titularidad)`,
    ],
    notice: [`(?:antes de|previamente a) (?:utilizar|tratar|usar)[^.;]{0,80}(?:nuevas?|distintas?|otras?) (?:finalidad${L}|fines)`],
    dataObjects: ['rgpd', 'datos', 'información', 'contenidos?', 'mensajes', 'grabaciones?', 'archivos', 'fotos', 'vídeos', 'obras?', 'conversaciones', 'entradas', 'publicaciones'],
  },
  grammar: {
    definitionWords: [`signific${L}`, `refier${L}`, `design${L}`, `inclu${L}`, `comprend${L}`, `abarc${L}`, `se entiende${L}`, 'se entenderá', 'conjuntamente'],
    purposeReference: [
      '(?:para|con) (?:estos|estas|dichos|dichas|tales) (?:fines|finalidades|propósitos)',
      `(?:para|con) (?:los|las) (?:fines|finalidades|propósitos) (?:descrit|indicad|mencionad|previst|enumerad|señalad)${L} (?:en (?:esta|la presente) (?:sección|cláusula|apartado)|anteriormente|arriba|a continuación)`,
      'para (?:este|dicho|tal) fin',
    ],
    // Sharing verbs too: a promise not to share data is read even when nothing else in the clause is vocabulary.
    coreWords: [`licenci${L}`, `sublicen${L}`, 'derechos? morales?', 'cesión', `compart${L}`, `comunic${L}`, 'cedemos', 'cederemos', 'cesión', `divulg${L}`, `revel${L}`],
    definitionStart: `^(?:[Pp]or )?(?:(?:[Ee]l|[Ll]a|[Ll]os|[Ll]as) (?:término|términos|expresión) )?(?:(?:[Ee]l|[Ll]a|[Ll]os|[Ll]as) )?${Q}?((?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}’'&.-]*)(?:\\s+(?:de |del |y |o |e |el |la |los |las |[\\p{L}\\p{N}][\\p{L}\\p{N}’'&.-]*)){0,6}?)${Q}?\\s*(?:\\([^)]{0,80}\\)\\s*)?,?\\s*(?:(?<=${Q}\\s*)[:–—]|:?\\s*(?:significa|significan|se refiere|se refieren|hace referencia|hacen referencia|designa|designan|incluye|incluyen|comprende|comprenden|abarca|abarcan|no incluye|excluye|se entiende|se entienden|se entenderá|se entenderán))(?![\\p{L}])`,
    definitionStrongVerbs: '(?:significa|significan|refiere|refieren|referencia|designa|designan|entiende|entienden|entenderá|entenderán)',
    definitionInline: `\\((?:(?:en adelante|conjuntamente|colectivamente|individualmente|denominad\\p{L}*|también|y|o|el|la|los|las|como)[,:\\s]*)*${Q}([^"“”«»]{1,60}?)${Q}\\)`,
    definitionHint: [
      '["“„«‚][^"”“»‘\\n]{1,60}["”“»‘][*_]{0,2} ?[:–—]',
      '(?<![\\p{L}\\p{N}])(?:signific|refier|referencia|design|inclu|comprend|abarc|se entiende|se entender|exclu)',
      '["«»\'][^\\n]{1,120}?["«»\'] *\\)',
    ],
    definitionPronouns: '^(?:nosotros|usted|ustedes|tú|él|ella|ellos|ellas|esto|este|esta|estos|estas|ese|esa|cada|nuestro|nuestra|nuestros|nuestras|su|sus|tu|tus|todo|toda)(?:\\s|$)',
    widening: [
      { pattern: '(?<![\\p{L}])(?:(?:cualquier|todo|toda|todos|todas) (?:los |las )?(?:otros?|otras?|demás)|(?:y|u|o) otr(?:o|a|os|as))(?![\\p{L}])', label: '"cualquier otro …" (any other …)' },
      { pattern: '(?<![\\p{L}])(?:derivad\\p{L}* de|inferid\\p{L}*|generad\\p{L}* (?:por|a partir))(?![\\p{L}])', label: 'datos derivados (data derived from it)' },
      { pattern: '(?<![\\p{L}])(?:incluid\\p{L}*|incluyendo|entre otros|entre otras|tales como|sin limitación)(?![\\p{L}])', label: '"incluido …" (including …)' },
      { pattern: '(?<![\\p{L}])(?:independientemente de|sea o no|con independencia de)(?![\\p{L}])', label: '"independientemente de …" (whether or not …)' },
      { pattern: '(?<![\\p{L}])(?:en cualquier (?:forma|formato|soporte|medio))(?![\\p{L}])', label: '"en cualquier forma" (in any form)' },
    ],
    exclusion: '(?<![\\p{L}])(?:no incluye|no incluyen|excluye\\p{L}*|excluid\\p{L}*|salvo|excepto|con excepción|a excepción|distint\\p{L}* de|que no sean)(?![\\p{L}])',
    userSideTerm: 'contenido|dato|informaci|entrada|salida|envío|material|comentario|obra|grabaci|mensaje|comunicaci|imagen|voz|perfil|usuario|cliente|miembro|creador|personal|prompt',
    userSideBody: '(?<![\\p{L}])(?:usted|tú|usuarios?|miembros?|clientes?|creadores?)(?![\\p{L}])[^.;]{0,60}(?:proporcion|sub[ei]|public|envi|envía|compart|cre[ae]|facilit|carg|aport|gener|introduc)',
    conditionals: ['si', 'salvo que', 'a menos que', 'cuando', 'en caso de', 'hasta que', 'siempre que', 'en el caso'],
    userSubjects: [
      '(?:usted|tú) (?:no )?(?:puede|puedes|podrá|podrás|debe|debes|deberá|deberás|se compromete|te comprometes|acepta|aceptas|reconoce|otorga|concede|cede|autoriza|es|eres|será)',
      `(?:el usuario|los usuarios|el cliente|los clientes|el miembro|los miembros|terceros|los robots|nadie) (?:no )?(?:puede|podrá|podrán|pueden|debe|deberá|deben|se compromete${L})`,
      `(?:queda|está|quedan|están) (?:expresamente )?prohibid${L}`,
    ],
    companySubjects: ['nosotros', 'nuestr(?:o|a|os|as)', '\\p{L}+(?:amos|emos|imos)'],
    useVerbs: [GDPR_ARTICLE_6, 'us(?:ar|amos|ará|aremos|a|an|o|ado|ada|ados|adas|ando)', `utiliz${L}`, `compart${L}`, `comunic${L}`, 'ced(?:emos|er|erá|eremos|e|en)', 'cesión', `divulg${L}`, `vend${L}`, `transfer${L}`, `transfier${L}`, `reproduc${L}`, `public${L}`, `distribu${L}`, `explot${L}`, `entren${L}`, `trat(?:ar|amos|a|an|ado|ados|ada|adas|amiento|amientos)`],
    gatedUseVerbs: [GDPR_ARTICLE_6, 'us(?:ar|amos|ará|aremos|a|an|o|ado|ada|ados|adas|ando)', `utiliz${L}`, `compart${L}`, `comunic${L}`, 'ced(?:emos|er|erá|eremos|e|en)', 'cesión', `divulg${L}`, `vend${L}`, `transfer${L}`, `transfier${L}`, `public${L}`, `distribu${L}`, `entren${L}`, `trat(?:ar|amos|a|an|ado|ados|ada|adas|amiento|amientos)`],
    collectVerbs: [`recog${L}`, `recab${L}`, `recopil${L}`, `obten${L}`, `obtien${L}`, `recib${L}`, `acced${L}`, `almacen${L}`, `conserv${L}`, `registr${L}`, `envi${L}`, `contact${L}`],
    ownModel: '(?:tus|tu) (?:propi[oa]s? )?(?:modelos?|ia|algoritmos?|sistemas?)',
    theirModel: '(?:sus|su) (?:propi[oa]s? )(?:modelos?|ia|algoritmos?|sistemas?|fines|finalidades|productos)',
    thirdPartyPermission: '(?:terceros?|socios|proveedores?|desarrolladores|destinatarios|empresas|organizaciones)[^.;]{0,80}(?:que|quienes|los cuales|las cuales) (?:podrán |pueden |podrían )?(?:usar|utilizar|entrenar|desarrollar)',
    licensing: ['licen', 'sublicen', 'autoriza', '(?:public|vend|distribu|comercializ|explot|reproduc|obras? derivadas)'],
    shareRecipient: '(?<![\\p{L}])(?:con |al |a (?:las?|los|sus?|otr[oa]s|nuestr[oa]s|un[oa]?s?) )(?!fines|usted|ti(?![\\p{L}])|nosotros|su (?:consentimiento|autorización)|petición|solicitud)(?=\\p{L})',
    listConjunctions: ['y', 'e', 'o', 'u', 'y/o'],
  },
  severity: BUILTIN_PACK.severity,
  rules: [],
  uses: SPANISH_USES,
}
