import type { Catalog } from '../catalog.js';

const fr = {
  app: {
    loading: 'Chargement…',
    pasteTitle: 'Paste · {{name}}',
    skip: 'Aller au contenu',
    brandLabel: '{{name}} : nouveau paste',
    footer:
      'Chiffré de bout en bout dans votre navigateur, acheminé par un mixnet : le serveur ne voit ni votre texte ni votre adresse réseau. Pas de cookies, pas de statistiques, aucun tiers.',
    languageLabel: 'Langue de cette page',
    languageFailed: 'Impossible de charger cette langue. Vérifiez la connexion et réessayez.',
  },
  common: {
    newPaste: 'Nouveau paste',
    retry: 'Réessayer',
    tryAgain: 'Réessayer',
    cancel: 'Annuler',
    download: 'Télécharger',
    show: 'Afficher',
    hide: 'Masquer',
  },
  theme: {
    system: 'Auto',
    light: 'Clair',
    dark: 'Sombre',
    label: 'Thème de couleurs : {{theme}}. Changer de thème',
    title: 'Changer le thème de couleurs',
  },
  format: {
    text: 'Texte brut',
    markdown: 'Markdown',
    code: 'Code',
    about: 'environ {{duration}}',
  },
  invalid: {
    title: 'Ce lien n’est pas valide',
    detail:
      'Il ne contient aucun identifiant de paste lisible par cette page. Vérifiez qu’il a été copié en entier.',
  },
  crash: {
    title: 'Cet écran n’a pas pu s’afficher',
    detail: 'Rien n’a été envoyé. Rechargez la page ou commencez un nouveau paste.',
  },
  config: {
    insecure: 'Cette page a besoin d’une connexion sécurisée',
    missing: 'Cette page n’est pas configurée',
    invalid: 'La configuration de cette page n’est pas valide',
    insecureDetail:
      'Le chiffrement dans le navigateur (WebCrypto) ne fonctionne qu’en https, ou sur localhost.',
    operatorDetail:
      'L’exploitant de ce site doit fournir un fichier <file>config.json</file> à côté de la page, ou construire la page avec une configuration. Voir le README du paquet web.',
  },
  status: {
    local: {
      connecting: 'Connexion au mixnet local…',
      connected: 'Connecté via le mixnet local',
    },
    nym: {
      connecting: 'Connexion au mixnet Nym…',
      connected: 'Connecté via le mixnet Nym',
    },
    offline: 'Hors ligne : {{reason}}',
    reconnecting: 'Reconnexion…',
    reachingServer: 'Connecté, contact avec le serveur de pastes…',
    serverSilent: 'Connecté, mais le serveur de pastes ne répond pas',
    v2: {
      summary:
        'Ce serveur ne parle que Pastenym v2 : les pastes utilisent l’ancien format, plus faible',
      padding: 'Pas de bourrage de taille : le serveur et le réseau voient la taille du paste.',
      options:
        'La suppression après lecture et l’expiration ne sont pas scellées dans le paste : un serveur qui les ignore passe inaperçu.',
      key: 'La clé du lien est un mot de passe de 32 caractères étiré par 10 000 tours de PBKDF2, pas une clé de 256 bits.',
      features:
        'Pas de mot de passe en plus du lien, pas de suppression, une pièce jointe au plus.',
      metadata: 'Les lecteurs apprennent le nombre de vues et le jour de création.',
    },
    privacy: {
      summary: 'Comment vous restez anonyme',
      intro:
        'Pour cette visite, votre navigateur a sa propre adresse, toute neuve, sur le mixnet :',
      detail:
        'Le serveur de pastes ne l’apprend jamais : les requêtes portent à la place des blocs de réponse à usage unique, et la prochaine visite aura une nouvelle adresse, si bien que les visites ne peuvent pas être reliées.',
    },
  },
  create: {
    title: 'Nouveau paste',
    submit: 'Créer le paste',
    optionsPending:
      'Les options apparaissent dès que le serveur de pastes a répondu à travers le mixnet.',
    serverSilent:
      'Le serveur de pastes ne répond pas à travers le mixnet. Continuez d’écrire : rien n’est perdu, et les options apparaîtront dès qu’il répondra. La page continue de le contacter d’elle-même.',
    waiting: {
      connection: 'En attente de la connexion au mixnet…',
      server: 'En attente de la réponse du serveur de pastes…',
      serverSilent: 'Le serveur de pastes ne répond pas encore.',
      tooLarge: 'Trop volumineux pour ce serveur.',
      tooManyFiles: 'Ce serveur (Pastenym v2) accepte une seule pièce jointe au plus.',
      views: 'Vérifiez le nombre de vues.',
      empty: 'Écrivez du texte ou ajoutez un fichier.',
    },
  },
  editor: {
    format: 'Format',
    language: 'Langage',
    detect: 'Détecter automatiquement',
    edit: 'Modifier',
    preview: 'Aperçu',
    textLabel: 'Texte du paste',
    placeholder:
      'Collez ou tapez votre texte ici. Il est chiffré dans ce navigateur avant de le quitter.',
    count_one: '{{formatted}} caractère · Ctrl+Entrée pour créer',
    count_many: '{{formatted}} de caractères · Ctrl+Entrée pour créer',
    count_other: '{{formatted}} caractères · Ctrl+Entrée pour créer',
    languages: {
      bash: 'Bash / shell',
      markdown: 'Source Markdown',
      plaintext: 'Texte brut',
    },
  },
  attachments: {
    title: 'Pièces jointes',
    drop: 'Déposez des fichiers ici, collez-les depuis le presse-papiers ou <choose>choisissez des fichiers</choose>.',
    remove: 'Retirer',
    removeNamed: 'Retirer {{name}}',
    size: 'Environ {{size}} une fois chiffré.',
    sizeOfLimit: 'Environ {{size}} sur les {{limit}} qu’accepte ce serveur.',
    tooLarge: 'Trop volumineux : environ {{size}}, et ce serveur accepte au plus {{limit}}.',
  },
  options: {
    title: 'Options',
    expiry: 'Expire après',
    never: 'Jamais',
    views: 'Vues',
    viewChoice: {
      unlimited: 'Illimitées',
      burn: 'Supprimer après lecture',
      limited: 'Vues limitées',
    },
    viewsAllowed: 'Vues autorisées',
    viewsRange: 'Un nombre entier de {{min}} à {{max}}.',
    viewsWrong:
      'Saisissez un nombre entier de {{min}} à {{max}}. Pour une seule vue, choisissez « Supprimer après lecture ».',
    password: 'Mot de passe (facultatif)',
    passwordHint: 'Nécessaire en plus du lien. Il ne quitte jamais ce navigateur.',
    passwordPublic: 'Un paste public n’a pas de mot de passe.',
    confirm: 'Demander au lecteur de confirmer avant l’ouverture',
    confirmHint: 'Empêche les aperçus de liens et les scanners de consommer une vue.',
    public: 'Paste public (non chiffré)',
    publicHint: 'Uniquement pour un texte destiné à tout le monde.',
    publicWarning:
      'Ce paste ne sera PAS chiffré : le serveur de pastes, et quiconque connaît son identifiant, peuvent le lire. Son lien ne contient pas de clé.',
  },
  progress: {
    stage: '{{stage}}…',
    ping: 'Demande de ses limites au serveur',
    encrypt: 'Chiffrement dans ce navigateur',
    pow: 'Résolution de l’énigme anti-spam',
    send: 'Envoi à travers le mixnet',
    wait: 'En attente de la réponse du serveur',
    powWhy:
      'Le serveur demande une énigme de difficulté {{bits}} : {{tries}} essais en moyenne, pour ne pas être submergé.',
    powTime: 'Cela prend environ {{time}} sur cet appareil.',
    powUnlucky:
      'Plus long que la moyenne cette fois : chaque essai est un nouveau tirage, c’est donc de la malchance, pas un blocage ({{tries}} essais jusqu’ici).',
    sendShare: '{{percent}} % confirmé',
  },
  share: {
    title: 'Votre paste est prêt',
    neverExpires: 'N’expire jamais',
    expiresIn: 'Expire dans {{duration}} ({{date}})',
    unlimited: 'Vues illimitées',
    burns: 'Supprimé après la première vue',
    deletedAfter_one: 'Supprimé après {{formatted}} vue',
    deletedAfter_many: 'Supprimé après {{formatted}} de vues',
    deletedAfter_other: 'Supprimé après {{formatted}} vues',
    password: 'Protégé par mot de passe',
    confirm: 'Les lecteurs confirment avant l’ouverture',
    public: 'Public : non chiffré',
    v2: 'Format Pastenym v2 d’origine (plus faible), sans suppression',
    how: 'Comment partager',
    oneLink: 'Un seul lien',
    separately: 'Lien et clé séparés',
    linkWithoutKey: 'Lien sans la clé',
    key: 'Clé',
    keyHint:
      'Envoyez la clé par un autre canal que le lien : aucun des deux n’ouvre le paste seul.',
    link: 'Lien de partage',
    linkHint:
      'Toute personne disposant de ce lien peut lire le paste. La clé après # n’atteint jamais le serveur.',
    publicHint:
      'Un paste public : toute personne disposant de ce lien, ainsi que le serveur, peut le lire.',
    passwordApart: 'Le mot de passe n’est pas dans le lien : envoyez-le séparément.',
    showQr: 'Afficher le code QR',
    hideQr: 'Masquer le code QR',
    qrLink: 'Code QR du lien de partage',
    qrWithoutKey: 'Code QR du lien sans la clé',
    qrTooLong: 'Ce lien est trop long pour un code QR.',
    deletion: 'Lien de suppression (gardez-le pour vous)',
    deletionHint: 'Quiconque le détient peut supprimer le paste. Il n’est affiché que maintenant.',
  },
  copy: {
    button: 'Copier',
    done: 'Copié',
    failed: 'Échec de la copie : sélectionnez le texte et copiez-le à la main',
  },
  delete: {
    now: 'Supprimer maintenant',
    ask: 'Le supprimer pour tout le monde, maintenant ?',
    yes: 'Oui, supprimer',
    keep: 'Le garder',
    working: 'Suppression…',
    done: 'Le paste a été supprimé.',
    nothing: 'Rien à supprimer : le paste a déjà disparu, ou le jeton est erroné.',
    ownerSummary: 'Supprimer ce paste (propriétaire)',
    tokenLabel: 'Lien de suppression ou jeton du propriétaire',
    button: 'Supprimer le paste',
    pageTitle: 'Supprimer un paste',
    pageDetail:
      'Ceci est un lien de suppression. Supprimer retire le paste pour tout le monde ; cela ne l’ouvre pas, et aucune vue n’est consommée.',
    thePaste: 'Supprimer ce paste',
  },
  confirm: {
    title: 'Ouvrir ce paste ?',
    detail:
      'L’expéditeur demande que vous confirmiez avant qu’il soit récupéré. L’ouvrir peut consommer sa dernière vue : s’il est supprimé après lecture, il aura ensuite disparu, alors lisez-le maintenant ou téléchargez ce dont vous avez besoin.',
    open: 'Ouvrir le paste',
  },
  secret: {
    keyTitle: 'Clé nécessaire',
    keyDetail:
      'Ce lien ne contient pas de clé. Collez la clé que l’expéditeur vous a donnée, ou le lien entier (laissez vide pour un paste public).',
    wrongKeyTitle: 'Clé erronée',
    wrongKeyDetail:
      'Cette clé n’ouvre pas ce paste. Vérifiez qu’elle a été copiée en entier, ou collez le lien entier que l’expéditeur vous a donné.',
    keyLabel: 'Clé ou lien',
    keyHint: 'La clé reste dans ce navigateur : elle n’est jamais envoyée.',
    passwordTitle: 'Mot de passe nécessaire',
    passwordDetail:
      'Ce paste est protégé par un mot de passe. Il est vérifié dans ce navigateur et jamais envoyé.',
    wrongPassword: 'Mot de passe erroné. Réessayez.',
    passwordLabel: 'Mot de passe',
    open: 'Ouvrir',
  },
  view: {
    title: 'Paste',
    opening: 'Ouverture du paste',
    stage: {
      send: 'Envoi de la requête à travers le mixnet',
      wait: 'En attente du retour du paste à travers le mixnet',
      decrypt: 'Déchiffrement dans ce navigateur',
    },
    receiving: 'Fragments reçus : {{received}} sur {{total}}',
    burned: 'C’était la dernière vue : le paste a été supprimé et n’est plus sur le serveur.',
    lastChance:
      'Cet onglet contient désormais la seule copie : le serveur a consommé la dernière vue du paste. Fermer ou recharger cet onglet le fait disparaître pour de bon, alors enregistrez ce dont vous avez besoin.',
    viewsLeft_one: 'Encore {{formatted}} vue autorisée.',
    viewsLeft_many: 'Encore {{formatted}} de vues autorisées.',
    viewsLeft_other: 'Encore {{formatted}} vues autorisées.',
    neverExpires: 'Il n’expire jamais.',
    expiresIn: 'Il expire dans {{duration}} au plus (d’ici le {{date}}).',
    dishonest:
      'Le serveur indique un nombre de vues ou une expiration qui contredit le choix du créateur. Il ne supprime peut-être pas ce paste comme promis.',
    actions: 'Actions sur le paste',
    showAs: 'Afficher comme',
    raw: 'Brut',
    copy: 'Copier le texte',
    copied: 'Texte copié',
    copyFailed: 'Échec de la copie',
    clone: 'Cloner',
    textLabel: 'Texte du paste',
    noText: 'Ce paste n’a pas de texte.',
    attachments_one: 'Pièce jointe ({{count}})',
    attachments_many: 'Pièces jointes ({{count}})',
    attachments_other: 'Pièces jointes ({{count}})',
  },
  attachment: {
    unnamed: 'Pièce jointe {{number}}',
    preview: 'Aperçu de {{name}}',
    downloadNamed: 'Télécharger {{name}}',
    noPdf: 'Ce navigateur n’affiche pas les PDF dans la page. Téléchargez le fichier pour le lire.',
  },
  failure: {
    not_found: {
      title: 'Paste introuvable',
      detail:
        'Ce paste n’existe pas, a expiré ou a été supprimé après lecture. Le serveur ne distingue pas ces cas, si bien que personne détenant le lien n’apprend ce qu’il en est advenu.',
    },
    wrong_key: {
      title: 'Clé erronée',
      detail: 'La clé de ce lien n’ouvre pas ce paste. Vérifiez que le lien a été copié en entier.',
    },
    password_required: {
      title: 'Mot de passe nécessaire',
      detail: 'Ce paste est protégé par un mot de passe.',
    },
    wrong_password: {
      title: 'Mot de passe erroné',
      detail: 'Ce mot de passe n’ouvre pas ce paste. Réessayez.',
    },
    damaged: {
      title: 'Impossible d’ouvrir le paste',
      detail:
        'Son contenu a été modifié ou n’est pas dans un format que cette page sait lire. Rien n’a été affiché.',
    },
    too_large: {
      title: 'Trop volumineux',
      detail: 'Le paste dépasse ce qu’acceptent ce serveur ou cette page.',
    },
    offline: {
      title: 'Pas de réponse à travers le mixnet',
      detail:
        'La requête ou sa réponse n’a pas traversé le mixnet à temps. Vérifiez l’état de la connexion ci-dessus et réessayez.',
    },
    busy: {
      title: 'Le serveur est occupé',
      detail: 'Le serveur de pastes demande de réessayer dans un petit moment.',
    },
    invalid_options: {
      title: 'Options non proposées',
      detail:
        'Le serveur ne propose plus ces options. Rechargez la page pour voir ce qu’il propose.',
    },
    aborted: { title: 'Annulé', detail: 'La requête a été annulée.' },
    error: {
      title: 'Une erreur s’est produite',
      detail: 'Une erreur inattendue s’est produite. Réessayez.',
    },
  },
} satisfies Catalog;

export default fr;
