import type { Catalog } from '../catalog.js';

// The source catalog: every other language has exactly these keys (plural keys with the forms
// `Intl.PluralRules` names for that language), checked by test/catalogs.test.ts.
const en = {
  app: {
    loading: 'Loading…',
    pasteTitle: 'Paste · {{name}}',
    skip: 'Skip to content',
    brandLabel: '{{name}}: new paste',
    footer:
      'End-to-end encrypted in your browser, carried by a mixnet: the server sees neither your text nor your network address. No cookies, no analytics, no third parties.',
    languageLabel: 'Language of this page',
    languageFailed: 'That language could not be loaded. Check the connection and try again.',
  },
  common: {
    newPaste: 'New paste',
    retry: 'Retry',
    tryAgain: 'Try again',
    cancel: 'Cancel',
    download: 'Download',
    show: 'Show',
    hide: 'Hide',
  },
  theme: {
    system: 'Auto',
    light: 'Light',
    dark: 'Dark',
    label: 'Colour theme: {{theme}}. Change theme',
    title: 'Change the colour theme',
  },
  format: {
    text: 'Plain text',
    markdown: 'Markdown',
    code: 'Code',
    about: 'about {{duration}}',
  },
  invalid: {
    title: 'This link is not valid',
    detail: 'It has no paste id this page can read. Check that it was copied whole.',
  },
  crash: {
    title: 'This screen failed to show',
    detail: 'Nothing was sent. Reload the page, or start a new paste.',
  },
  config: {
    insecure: 'This page needs a secure connection',
    missing: 'This page is not configured',
    invalid: 'This page’s configuration is invalid',
    insecureDetail: 'Encryption in the browser (WebCrypto) only works over https, or on localhost.',
    operatorDetail:
      'The operator of this site needs to provide a <file>config.json</file> next to the page, or build the page with a configuration. See the web package’s README.',
  },
  status: {
    local: {
      connecting: 'Connecting to the local mixnet…',
      connected: 'Connected through the local mixnet',
    },
    nym: {
      connecting: 'Connecting to the Nym mixnet…',
      connected: 'Connected through the Nym mixnet',
    },
    offline: 'Offline: {{reason}}',
    reconnecting: 'Reconnecting…',
    reachingServer: 'Connected, reaching the paste server…',
    serverSilent: 'Connected, but the paste server does not answer',
    v2: {
      summary: 'This server speaks only Pastenym v2: pastes use the older, weaker format',
      padding: 'No size padding: the server and the network see how large the paste is.',
      options:
        'Burn and expiry are not sealed into the paste: a server that ignores them goes unnoticed.',
      key: 'The link key is a 32-character password stretched with 10,000 PBKDF2 rounds, not a 256-bit key.',
      features: 'No password on top of the link, no deletion, one attachment at most.',
      metadata: 'Readers learn the view count and the creation day.',
    },
    privacy: {
      summary: 'How you stay anonymous',
      intro: 'For this visit, your browser has its own fresh address on the mixnet:',
      detail:
        'The paste server never learns it: requests carry single-use reply blocks instead, and the next visit gets a new address, so visits cannot be linked.',
    },
  },
  create: {
    title: 'New paste',
    submit: 'Create paste',
    optionsPending: 'The options appear once the paste server has answered through the mixnet.',
    serverSilent:
      'The paste server does not answer through the mixnet. Keep writing: nothing is lost, and the options appear as soon as it answers. The page keeps asking by itself.',
    waiting: {
      connection: 'Waiting for the mixnet connection…',
      server: 'Waiting for the paste server to answer…',
      serverSilent: 'The paste server does not answer yet.',
      tooLarge: 'Too large for this server.',
      tooManyFiles: 'This server (Pastenym v2) takes one attachment at most.',
      views: 'Check the number of views.',
      empty: 'Write some text or add a file.',
    },
  },
  editor: {
    format: 'Format',
    language: 'Language',
    detect: 'Detect automatically',
    edit: 'Edit',
    preview: 'Preview',
    textLabel: 'Text of the paste',
    placeholder: 'Paste or type your text here. It is encrypted in this browser before it leaves.',
    count_one: '{{formatted}} character · Ctrl+Enter to create',
    count_other: '{{formatted}} characters · Ctrl+Enter to create',
    languages: {
      bash: 'Bash / shell',
      markdown: 'Markdown source',
      plaintext: 'Plain text',
    },
  },
  attachments: {
    title: 'Attachments',
    drop: 'Drop files here, paste them from the clipboard, or <choose>choose files</choose>.',
    remove: 'Remove',
    removeNamed: 'Remove {{name}}',
    size: 'About {{size}} encrypted.',
    sizeOfLimit: 'About {{size}} of the {{limit}} this server accepts.',
    tooLarge: 'Too large: about {{size}}, and this server accepts at most {{limit}}.',
  },
  options: {
    title: 'Options',
    expiry: 'Expires after',
    never: 'Never',
    views: 'Views',
    viewChoice: {
      unlimited: 'Unlimited',
      burn: 'Burn after reading',
      limited: 'Limited views',
    },
    viewsAllowed: 'Views allowed',
    viewsRange: 'A whole number from {{min}} to {{max}}.',
    viewsWrong:
      'Enter a whole number from {{min}} to {{max}}. For a single view, choose “Burn after reading”.',
    password: 'Password (optional)',
    passwordHint: 'Needed on top of the link. It never leaves this browser.',
    passwordPublic: 'A public paste has no password.',
    confirm: 'Ask the reader to confirm before opening',
    confirmHint: 'Stops link previews and scanners from using up a view.',
    public: 'Public paste (not encrypted)',
    publicHint: 'Only for text meant for everyone.',
    publicWarning:
      'This paste will NOT be encrypted: the paste server, and anyone who learns its id, can read it. Its link has no key.',
  },
  progress: {
    stage: '{{stage}}…',
    ping: 'Asking the server for its limits',
    encrypt: 'Encrypting in this browser',
    pow: 'Solving the anti-spam puzzle',
    send: 'Sending through the mixnet',
    wait: 'Waiting for the server’s reply',
    powWhy:
      'The server asks for a puzzle of difficulty {{bits}}: {{tries}} tries on average, so it cannot be flooded.',
    powTime: 'That takes about {{time}} on this device.',
    powUnlucky:
      'Longer than average this time: every try is a fresh draw, so this is bad luck, not a hang ({{tries}} tries so far).',
    sendShare: '{{percent}}% acknowledged',
  },
  share: {
    title: 'Your paste is ready',
    neverExpires: 'Never expires',
    expiresIn: 'Expires in {{duration}} ({{date}})',
    unlimited: 'Unlimited views',
    burns: 'Burns after the first view',
    deletedAfter_one: 'Deleted after {{formatted}} view',
    deletedAfter_other: 'Deleted after {{formatted}} views',
    password: 'Password protected',
    confirm: 'Readers confirm before opening',
    public: 'Public: not encrypted',
    v2: 'Original Pastenym v2 format (weaker), no deletion',
    how: 'How to share',
    oneLink: 'One link',
    separately: 'Link and key separately',
    linkWithoutKey: 'Link without the key',
    key: 'Key',
    keyHint: 'Send the key over a different channel than the link: neither opens the paste alone.',
    link: 'Share link',
    linkHint: 'Anyone with this link can read the paste. The key after # never reaches the server.',
    publicHint: 'A public paste: anyone with this link, and the server, can read it.',
    passwordApart: 'The password is not in the link: send it separately.',
    showQr: 'Show QR code',
    hideQr: 'Hide QR code',
    qrLink: 'QR code of the share link',
    qrWithoutKey: 'QR code of the link without the key',
    qrTooLong: 'This link is too long for a QR code.',
    deletion: 'Deletion link (keep it to yourself)',
    deletionHint: 'Whoever holds it can delete the paste. It is shown only now.',
  },
  copy: {
    button: 'Copy',
    done: 'Copied',
    failed: 'Copy failed: select the text and copy it by hand',
  },
  delete: {
    now: 'Delete now',
    ask: 'Delete it for everyone, now?',
    yes: 'Yes, delete',
    keep: 'Keep it',
    working: 'Deleting…',
    done: 'The paste was deleted.',
    nothing: 'Nothing to delete: the paste is already gone, or the token is wrong.',
    ownerSummary: 'Delete this paste (owner)',
    tokenLabel: 'Deletion link or owner token',
    button: 'Delete paste',
    pageTitle: 'Delete a paste',
    pageDetail:
      'This is a deletion link. Deleting removes the paste for everyone; it does not open it, and no view is spent.',
    thePaste: 'Delete the paste',
  },
  confirm: {
    title: 'Open this paste?',
    detail:
      'The sender asked that you confirm before it is fetched. Opening it may use up its last view: if it burns after reading, it is gone afterwards, so read it now or download what you need.',
    open: 'Open the paste',
  },
  secret: {
    keyTitle: 'Key needed',
    keyDetail:
      'This link has no key. Paste the key the sender gave you, or the whole link (leave it empty for a public paste).',
    wrongKeyTitle: 'Wrong key',
    wrongKeyDetail:
      'This key does not open this paste. Check that it was copied whole, or paste the whole link the sender gave you.',
    keyLabel: 'Key or link',
    keyHint: 'The key stays in this browser: it is never sent.',
    passwordTitle: 'Password needed',
    passwordDetail:
      'This paste is protected by a password. It is checked in this browser and never sent.',
    wrongPassword: 'Wrong password. Try again.',
    passwordLabel: 'Password',
    open: 'Open',
  },
  view: {
    title: 'Paste',
    opening: 'Opening the paste',
    stage: {
      send: 'Sending the request through the mixnet',
      wait: 'Waiting for the paste to come back through the mixnet',
      decrypt: 'Decrypting in this browser',
    },
    receiving: 'Fragments received: {{received}} of {{total}}',
    burned: 'This was the last view: the paste has been burned and is gone from the server.',
    lastChance:
      'This tab now holds the only copy: the server has spent the paste’s last view. Closing or reloading this tab loses it for good, so save what you need.',
    viewsLeft_one: '{{formatted}} more view allowed.',
    viewsLeft_other: '{{formatted}} more views allowed.',
    neverExpires: 'It never expires.',
    expiresIn: 'It expires in {{duration}} or less (by {{date}}).',
    dishonest:
      'The server reports a view count or expiry that contradicts what the creator chose. It may not be deleting this paste as promised.',
    actions: 'Paste actions',
    showAs: 'Show as',
    raw: 'Raw',
    copy: 'Copy text',
    copied: 'Text copied',
    copyFailed: 'Copy failed',
    clone: 'Clone',
    textLabel: 'Paste text',
    noText: 'This paste has no text.',
    attachments_one: 'Attachment ({{count}})',
    attachments_other: 'Attachments ({{count}})',
  },
  attachment: {
    unnamed: 'Attachment {{number}}',
    preview: 'Preview of {{name}}',
    downloadNamed: 'Download {{name}}',
    noPdf: 'This browser does not show PDFs inline. Download the file to read it.',
  },
  failure: {
    not_found: {
      title: 'Paste not found',
      detail:
        'This paste does not exist, has expired or was burned after reading. The server does not tell these apart, so nobody holding the link learns what happened to it.',
    },
    wrong_key: {
      title: 'Wrong key',
      detail:
        'The key in this link does not open this paste. Check that the link was copied whole.',
    },
    password_required: {
      title: 'Password needed',
      detail: 'This paste is protected by a password.',
    },
    wrong_password: {
      title: 'Wrong password',
      detail: 'That password does not open this paste. Try again.',
    },
    damaged: {
      title: 'The paste cannot be opened',
      detail:
        'Its contents were altered or are not in a format this page reads. Nothing was shown.',
    },
    too_large: {
      title: 'Too large',
      detail: 'The paste is larger than this server or this page accepts.',
    },
    offline: {
      title: 'No answer through the mixnet',
      detail:
        'The request or its reply did not make it through the mixnet in time. Check the connection status above and try again.',
    },
    busy: {
      title: 'The server is busy',
      detail: 'The paste server asked to try again in a little while.',
    },
    invalid_options: {
      title: 'Options not offered',
      detail:
        'The server does not offer these options any more. Reload the page to see what it offers.',
    },
    aborted: { title: 'Cancelled', detail: 'The request was cancelled.' },
    error: {
      title: 'Something went wrong',
      detail: 'An unexpected error occurred. Try again.',
    },
  },
} satisfies Catalog;

export default en;
