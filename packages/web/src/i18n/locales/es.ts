import type { Catalog } from '../catalog.js';

const es = {
  app: {
    loading: 'Cargando…',
    pasteTitle: 'Paste · {{name}}',
    skip: 'Saltar al contenido',
    brandLabel: '{{name}}: nuevo paste',
    footer:
      'Cifrado de extremo a extremo en tu navegador y transportado por una mixnet: el servidor no ve ni tu texto ni tu dirección de red. Sin cookies, sin analíticas, sin terceros.',
    languageLabel: 'Idioma de esta página',
    languageFailed: 'No se pudo cargar ese idioma. Comprueba la conexión y vuelve a intentarlo.',
  },
  common: {
    newPaste: 'Nuevo paste',
    retry: 'Reintentar',
    tryAgain: 'Volver a intentarlo',
    cancel: 'Cancelar',
    download: 'Descargar',
    show: 'Mostrar',
    hide: 'Ocultar',
  },
  theme: {
    system: 'Automático',
    light: 'Claro',
    dark: 'Oscuro',
    label: 'Tema de color: {{theme}}. Cambiar el tema',
    title: 'Cambiar el tema de color',
  },
  format: {
    text: 'Texto plano',
    markdown: 'Markdown',
    code: 'Código',
    about: 'aprox. {{duration}}',
  },
  invalid: {
    title: 'Este enlace no es válido',
    detail:
      'No tiene ningún identificador de paste que esta página pueda leer. Comprueba que se copió completo.',
  },
  crash: {
    title: 'Esta pantalla no se pudo mostrar',
    detail: 'No se envió nada. Recarga la página o empieza un nuevo paste.',
  },
  config: {
    insecure: 'Esta página necesita una conexión segura',
    missing: 'Esta página no está configurada',
    invalid: 'La configuración de esta página no es válida',
    insecureDetail:
      'El cifrado en el navegador (WebCrypto) solo funciona con https, o en localhost.',
    operatorDetail:
      'Quien administra este sitio debe poner un <file>config.json</file> junto a la página, o compilar la página con una configuración. Consulta el README del paquete web.',
  },
  status: {
    local: {
      connecting: 'Conectando con la mixnet local…',
      connected: 'Conectado a través de la mixnet local',
    },
    nym: {
      connecting: 'Conectando con la mixnet de Nym…',
      connected: 'Conectado a través de la mixnet de Nym',
    },
    offline: 'Sin conexión: {{reason}}',
    reconnecting: 'Reconectando…',
    reachingServer: 'Conectado, contactando con el servidor de pastes…',
    serverSilent: 'Conectado, pero el servidor de pastes no responde',
    v2: {
      summary:
        'Este servidor solo habla Pastenym v2: los pastes usan el formato antiguo, más débil',
      padding: 'Sin relleno de tamaño: el servidor y la red ven cuánto ocupa el paste.',
      options:
        'La autodestrucción y la caducidad no van selladas en el paste: un servidor que las ignore pasa desapercibido.',
      key: 'La clave del enlace es una contraseña de 32 caracteres reforzada con 10 000 rondas de PBKDF2, no una clave de 256 bits.',
      features: 'Sin contraseña además del enlace, sin borrado, como mucho un adjunto.',
      metadata: 'Quien lee conoce el número de vistas y el día de creación.',
    },
    privacy: {
      summary: 'Cómo sigues siendo anónimo',
      intro: 'Para esta visita, tu navegador tiene su propia dirección nueva en la mixnet:',
      detail:
        'El servidor de pastes nunca la conoce: las peticiones llevan en su lugar bloques de respuesta de un solo uso, y la próxima visita recibe otra dirección, así que las visitas no se pueden relacionar.',
    },
  },
  create: {
    title: 'Nuevo paste',
    submit: 'Crear paste',
    optionsPending:
      'Las opciones aparecen en cuanto el servidor de pastes responde a través de la mixnet.',
    serverSilent:
      'El servidor de pastes no responde a través de la mixnet. Sigue escribiendo: no se pierde nada, y las opciones aparecerán en cuanto responda. La página sigue preguntando por sí sola.',
    waiting: {
      connection: 'Esperando la conexión con la mixnet…',
      server: 'Esperando la respuesta del servidor de pastes…',
      serverSilent: 'El servidor de pastes aún no responde.',
      tooLarge: 'Demasiado grande para este servidor.',
      tooManyFiles: 'Este servidor (Pastenym v2) admite como máximo un archivo adjunto.',
      views: 'Revisa el número de vistas.',
      empty: 'Escribe algún texto o añade un archivo.',
    },
  },
  editor: {
    format: 'Formato',
    language: 'Lenguaje',
    detect: 'Detectar automáticamente',
    edit: 'Editar',
    preview: 'Vista previa',
    textLabel: 'Texto del paste',
    placeholder: 'Pega o escribe aquí tu texto. Se cifra en este navegador antes de salir de él.',
    count_one: '{{formatted}} carácter · Ctrl+Intro para crear',
    count_many: '{{formatted}} de caracteres · Ctrl+Intro para crear',
    count_other: '{{formatted}} caracteres · Ctrl+Intro para crear',
    languages: {
      bash: 'Bash / shell',
      markdown: 'Código fuente Markdown',
      plaintext: 'Texto plano',
    },
  },
  attachments: {
    title: 'Adjuntos',
    drop: 'Suelta archivos aquí, pégalos desde el portapapeles o <choose>elige archivos</choose>.',
    remove: 'Quitar',
    removeNamed: 'Quitar {{name}}',
    size: 'Unos {{size}} una vez cifrado.',
    sizeOfLimit: 'Unos {{size}} de los {{limit}} que acepta este servidor.',
    tooLarge: 'Demasiado grande: unos {{size}}, y este servidor acepta como máximo {{limit}}.',
  },
  options: {
    title: 'Opciones',
    expiry: 'Caduca tras',
    never: 'Nunca',
    views: 'Vistas',
    viewChoice: {
      unlimited: 'Ilimitadas',
      burn: 'Destruir tras leer',
      limited: 'Vistas limitadas',
    },
    viewsAllowed: 'Vistas permitidas',
    viewsRange: 'Un número entero de {{min}} a {{max}}.',
    viewsWrong:
      'Escribe un número entero de {{min}} a {{max}}. Para una sola vista, elige «Destruir tras leer».',
    password: 'Contraseña (opcional)',
    passwordHint: 'Se necesita además del enlace. Nunca sale de este navegador.',
    passwordPublic: 'Un paste público no lleva contraseña.',
    confirm: 'Pedir al lector que confirme antes de abrir',
    confirmHint: 'Evita que las vistas previas de enlaces y los escáneres gasten una vista.',
    public: 'Paste público (sin cifrar)',
    publicHint: 'Solo para textos pensados para todo el mundo.',
    publicWarning:
      'Este paste NO se cifrará: el servidor de pastes, y cualquiera que conozca su identificador, pueden leerlo. Su enlace no lleva clave.',
  },
  progress: {
    stage: '{{stage}}…',
    ping: 'Preguntando al servidor por sus límites',
    encrypt: 'Cifrando en este navegador',
    pow: 'Resolviendo el reto antispam',
    send: 'Enviando a través de la mixnet',
    wait: 'Esperando la respuesta del servidor',
    powWhy:
      'El servidor pide un reto de dificultad {{bits}}: {{tries}} intentos de media, para que no lo puedan saturar.',
    powTime: 'En este dispositivo tarda aprox. {{time}}.',
    powUnlucky:
      'Esta vez tarda más que la media: cada intento es un sorteo nuevo, así que es mala suerte, no un bloqueo ({{tries}} intentos hasta ahora).',
    sendShare: '{{percent}} % confirmado',
  },
  share: {
    title: 'Tu paste está listo',
    neverExpires: 'No caduca nunca',
    expiresIn: 'Caduca en {{duration}} ({{date}})',
    unlimited: 'Vistas ilimitadas',
    burns: 'Se destruye tras la primera vista',
    deletedAfter_one: 'Se borra tras {{formatted}} vista',
    deletedAfter_many: 'Se borra tras {{formatted}} de vistas',
    deletedAfter_other: 'Se borra tras {{formatted}} vistas',
    password: 'Protegido con contraseña',
    confirm: 'Quien lee confirma antes de abrir',
    public: 'Público: sin cifrar',
    v2: 'Formato original de Pastenym v2 (más débil), sin borrado',
    how: 'Cómo compartir',
    oneLink: 'Un enlace',
    separately: 'Enlace y clave por separado',
    linkWithoutKey: 'Enlace sin la clave',
    key: 'Clave',
    keyHint:
      'Envía la clave por un canal distinto al del enlace: ninguno de los dos abre el paste por sí solo.',
    link: 'Enlace para compartir',
    linkHint:
      'Cualquiera con este enlace puede leer el paste. La clave tras # nunca llega al servidor.',
    publicHint: 'Un paste público: cualquiera con este enlace, y el servidor, puede leerlo.',
    passwordApart: 'La contraseña no va en el enlace: envíala por separado.',
    showQr: 'Mostrar código QR',
    hideQr: 'Ocultar código QR',
    qrLink: 'Código QR del enlace para compartir',
    qrWithoutKey: 'Código QR del enlace sin la clave',
    qrTooLong: 'Este enlace es demasiado largo para un código QR.',
    deletion: 'Enlace de borrado (guárdalo para ti)',
    deletionHint: 'Quien lo tenga puede borrar el paste. Solo se muestra ahora.',
  },
  copy: {
    button: 'Copiar',
    done: 'Copiado',
    failed: 'No se pudo copiar: selecciona el texto y cópialo a mano',
  },
  delete: {
    now: 'Borrar ahora',
    ask: '¿Borrarlo para todos, ahora?',
    yes: 'Sí, borrar',
    keep: 'Conservarlo',
    working: 'Borrando…',
    done: 'El paste se ha borrado.',
    nothing: 'Nada que borrar: el paste ya no existe, o el token es incorrecto.',
    ownerSummary: 'Borrar este paste (propietario)',
    tokenLabel: 'Enlace de borrado o token del propietario',
    button: 'Borrar paste',
    pageTitle: 'Borrar un paste',
    pageDetail:
      'Este es un enlace de borrado. Borrar elimina el paste para todos; no lo abre y no gasta ninguna vista.',
    thePaste: 'Borrar el paste',
  },
  confirm: {
    title: '¿Abrir este paste?',
    detail:
      'Quien lo envió pidió que confirmes antes de descargarlo. Abrirlo puede gastar su última vista: si se destruye tras leerlo, después ya no estará, así que léelo ahora o descarga lo que necesites.',
    open: 'Abrir el paste',
  },
  secret: {
    keyTitle: 'Se necesita la clave',
    keyDetail:
      'Este enlace no lleva clave. Pega la clave que te dio quien lo envió, o el enlace completo (déjalo vacío si es un paste público).',
    wrongKeyTitle: 'Clave incorrecta',
    wrongKeyDetail:
      'Esta clave no abre este paste. Comprueba que se copió completa, o pega el enlace completo que te dieron.',
    keyLabel: 'Clave o enlace',
    keyHint: 'La clave se queda en este navegador: nunca se envía.',
    passwordTitle: 'Se necesita la contraseña',
    passwordDetail:
      'Este paste está protegido con contraseña. Se comprueba en este navegador y nunca se envía.',
    wrongPassword: 'Contraseña incorrecta. Inténtalo de nuevo.',
    passwordLabel: 'Contraseña',
    open: 'Abrir',
  },
  view: {
    title: 'Paste',
    opening: 'Abriendo el paste',
    stage: {
      send: 'Enviando la petición a través de la mixnet',
      wait: 'Esperando a que el paste vuelva a través de la mixnet',
      decrypt: 'Descifrando en este navegador',
    },
    receiving: 'Fragmentos recibidos: {{received}} de {{total}}',
    burned: 'Esta era la última vista: el paste se ha destruido y ya no está en el servidor.',
    lastChance:
      'Esta pestaña guarda ahora la única copia: el servidor ha gastado la última vista del paste. Si cierras o recargas esta pestaña, se perderá para siempre, así que guarda lo que necesites.',
    viewsLeft_one: 'Queda {{formatted}} vista más.',
    viewsLeft_many: 'Quedan {{formatted}} de vistas más.',
    viewsLeft_other: 'Quedan {{formatted}} vistas más.',
    neverExpires: 'No caduca nunca.',
    expiresIn: 'Caduca en {{duration}} o menos (antes del {{date}}).',
    dishonest:
      'El servidor indica un número de vistas o una caducidad que contradice lo que eligió quien lo creó. Puede que no esté borrando este paste como prometió.',
    actions: 'Acciones del paste',
    showAs: 'Mostrar como',
    raw: 'Sin formato',
    copy: 'Copiar texto',
    copied: 'Texto copiado',
    copyFailed: 'No se pudo copiar',
    clone: 'Clonar',
    textLabel: 'Texto del paste',
    noText: 'Este paste no tiene texto.',
    attachments_one: 'Adjunto ({{count}})',
    attachments_many: 'Adjuntos ({{count}})',
    attachments_other: 'Adjuntos ({{count}})',
  },
  attachment: {
    unnamed: 'Adjunto {{number}}',
    preview: 'Vista previa de {{name}}',
    downloadNamed: 'Descargar {{name}}',
    noPdf:
      'Este navegador no muestra los PDF dentro de la página. Descarga el archivo para leerlo.',
  },
  failure: {
    not_found: {
      title: 'Paste no encontrado',
      detail:
        'Este paste no existe, ha caducado o se destruyó tras leerlo. El servidor no distingue estos casos, así que nadie que tenga el enlace sabe qué le pasó.',
    },
    wrong_key: {
      title: 'Clave incorrecta',
      detail:
        'La clave de este enlace no abre este paste. Comprueba que el enlace se copió completo.',
    },
    password_required: {
      title: 'Se necesita la contraseña',
      detail: 'Este paste está protegido con contraseña.',
    },
    wrong_password: {
      title: 'Contraseña incorrecta',
      detail: 'Esa contraseña no abre este paste. Inténtalo de nuevo.',
    },
    damaged: {
      title: 'No se puede abrir el paste',
      detail:
        'Su contenido se alteró o no está en un formato que esta página sepa leer. No se mostró nada.',
    },
    too_large: {
      title: 'Demasiado grande',
      detail: 'El paste supera lo que aceptan este servidor o esta página.',
    },
    offline: {
      title: 'Sin respuesta a través de la mixnet',
      detail:
        'La petición o su respuesta no cruzó la mixnet a tiempo. Revisa arriba el estado de la conexión y vuelve a intentarlo.',
    },
    busy: {
      title: 'El servidor está ocupado',
      detail: 'El servidor de pastes pide que lo intentes de nuevo dentro de un rato.',
    },
    invalid_options: {
      title: 'Opciones no disponibles',
      detail: 'El servidor ya no ofrece estas opciones. Recarga la página para ver lo que ofrece.',
    },
    aborted: { title: 'Cancelado', detail: 'La petición se canceló.' },
    error: {
      title: 'Algo salió mal',
      detail: 'Se produjo un error inesperado. Vuelve a intentarlo.',
    },
  },
} satisfies Catalog;

export default es;
