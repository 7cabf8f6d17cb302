import type { Catalog } from '../catalog.js';

const de = {
  app: {
    loading: 'Wird geladen …',
    pasteTitle: 'Paste · {{name}}',
    skip: 'Zum Inhalt springen',
    brandLabel: '{{name}}: neuer Paste',
    footer:
      'Ende-zu-Ende-verschlüsselt in deinem Browser und durch ein Mixnet übertragen: Der Server sieht weder deinen Text noch deine Netzwerkadresse. Keine Cookies, keine Analyse, keine Dritten.',
    languageLabel: 'Sprache dieser Seite',
    languageFailed:
      'Diese Sprache konnte nicht geladen werden. Prüfe die Verbindung und versuche es erneut.',
  },
  common: {
    newPaste: 'Neuer Paste',
    retry: 'Erneut versuchen',
    tryAgain: 'Erneut versuchen',
    cancel: 'Abbrechen',
    download: 'Herunterladen',
    show: 'Anzeigen',
    hide: 'Verbergen',
  },
  theme: {
    system: 'Automatisch',
    light: 'Hell',
    dark: 'Dunkel',
    label: 'Farbschema: {{theme}}. Farbschema wechseln',
    title: 'Farbschema wechseln',
  },
  format: {
    text: 'Reiner Text',
    markdown: 'Markdown',
    code: 'Code',
    about: 'etwa {{duration}}',
  },
  invalid: {
    title: 'Dieser Link ist ungültig',
    detail:
      'Er enthält keine Paste-ID, die diese Seite lesen kann. Prüfe, ob er vollständig kopiert wurde.',
  },
  crash: {
    title: 'Diese Ansicht konnte nicht angezeigt werden',
    detail: 'Es wurde nichts gesendet. Lade die Seite neu oder beginne einen neuen Paste.',
  },
  config: {
    insecure: 'Diese Seite braucht eine sichere Verbindung',
    missing: 'Diese Seite ist nicht eingerichtet',
    invalid: 'Die Konfiguration dieser Seite ist ungültig',
    insecureDetail:
      'Verschlüsselung im Browser (WebCrypto) funktioniert nur über https oder auf localhost.',
    operatorDetail:
      'Der Betreiber dieser Website muss eine <file>config.json</file> neben der Seite bereitstellen oder die Seite mit einer Konfiguration bauen. Siehe die README des Web-Pakets.',
  },
  status: {
    local: {
      connecting: 'Verbindung zum lokalen Mixnet wird aufgebaut …',
      connected: 'Über das lokale Mixnet verbunden',
    },
    nym: {
      connecting: 'Verbindung zum Nym-Mixnet wird aufgebaut …',
      connected: 'Über das Nym-Mixnet verbunden',
    },
    offline: 'Offline: {{reason}}',
    reconnecting: 'Verbindung wird wiederhergestellt …',
    reachingServer: 'Verbunden, Paste-Server wird erreicht …',
    serverSilent: 'Verbunden, aber der Paste-Server antwortet nicht',
    v2: {
      summary: 'Dieser Server spricht nur Pastenym v2: Pastes nutzen das ältere, schwächere Format',
      padding: 'Kein Auffüllen der Größe: Server und Netzwerk sehen, wie groß der Paste ist.',
      options:
        'Löschen nach dem Lesen und Ablaufzeit sind nicht im Paste versiegelt: Ein Server, der sie missachtet, fällt nicht auf.',
      key: 'Der Link-Schlüssel ist ein 32-stelliges Passwort, mit 10.000 PBKDF2-Runden gestreckt, kein 256-Bit-Schlüssel.',
      features: 'Kein Passwort zusätzlich zum Link, kein Löschen, höchstens ein Anhang.',
      metadata: 'Lesende erfahren die Anzahl der Aufrufe und den Tag der Erstellung.',
    },
    privacy: {
      summary: 'Wie du anonym bleibst',
      intro: 'Für diesen Besuch hat dein Browser eine eigene, neue Adresse im Mixnet:',
      detail:
        'Der Paste-Server erfährt sie nie: Anfragen tragen stattdessen Einweg-Antwortblöcke, und der nächste Besuch bekommt eine neue Adresse, sodass Besuche nicht verknüpft werden können.',
    },
  },
  create: {
    title: 'Neuer Paste',
    submit: 'Paste erstellen',
    optionsPending:
      'Die Optionen erscheinen, sobald der Paste-Server über das Mixnet geantwortet hat.',
    serverSilent:
      'Der Paste-Server antwortet nicht über das Mixnet. Schreib ruhig weiter: Nichts geht verloren, und die Optionen erscheinen, sobald er antwortet. Die Seite fragt von selbst weiter nach.',
    waiting: {
      connection: 'Warte auf die Verbindung zum Mixnet …',
      server: 'Warte auf die Antwort des Paste-Servers …',
      serverSilent: 'Der Paste-Server antwortet noch nicht.',
      tooLarge: 'Zu groß für diesen Server.',
      tooManyFiles: 'Dieser Server (Pastenym v2) nimmt höchstens einen Anhang an.',
      views: 'Prüfe die Anzahl der Aufrufe.',
      empty: 'Schreib einen Text oder füge eine Datei hinzu.',
    },
  },
  editor: {
    format: 'Format',
    language: 'Sprache',
    detect: 'Automatisch erkennen',
    edit: 'Bearbeiten',
    preview: 'Vorschau',
    textLabel: 'Text des Pastes',
    placeholder:
      'Füge deinen Text hier ein oder tippe ihn. Er wird in diesem Browser verschlüsselt, bevor er ihn verlässt.',
    count_one: '{{formatted}} Zeichen · Strg+Eingabe zum Erstellen',
    count_other: '{{formatted}} Zeichen · Strg+Eingabe zum Erstellen',
    languages: {
      bash: 'Bash / Shell',
      markdown: 'Markdown-Quelltext',
      plaintext: 'Reiner Text',
    },
  },
  attachments: {
    title: 'Anhänge',
    drop: 'Dateien hier ablegen, aus der Zwischenablage einfügen oder <choose>Dateien auswählen</choose>.',
    remove: 'Entfernen',
    removeNamed: '{{name}} entfernen',
    size: 'Verschlüsselt etwa {{size}}.',
    sizeOfLimit: 'Etwa {{size}} von den {{limit}}, die dieser Server annimmt.',
    tooLarge: 'Zu groß: etwa {{size}}, und dieser Server nimmt höchstens {{limit}} an.',
  },
  options: {
    title: 'Optionen',
    expiry: 'Läuft ab nach',
    never: 'Nie',
    views: 'Aufrufe',
    viewChoice: {
      unlimited: 'Unbegrenzt',
      burn: 'Nach dem Lesen löschen',
      limited: 'Begrenzte Aufrufe',
    },
    viewsAllowed: 'Erlaubte Aufrufe',
    viewsRange: 'Eine ganze Zahl von {{min}} bis {{max}}.',
    viewsWrong:
      'Gib eine ganze Zahl von {{min}} bis {{max}} ein. Für einen einzigen Aufruf wähle „Nach dem Lesen löschen“.',
    password: 'Passwort (optional)',
    passwordHint: 'Wird zusätzlich zum Link benötigt. Es verlässt diesen Browser nie.',
    passwordPublic: 'Ein öffentlicher Paste hat kein Passwort.',
    confirm: 'Lesende vor dem Öffnen um Bestätigung bitten',
    confirmHint: 'Verhindert, dass Link-Vorschauen und Scanner einen Aufruf verbrauchen.',
    public: 'Öffentlicher Paste (unverschlüsselt)',
    publicHint: 'Nur für Text, der für alle bestimmt ist.',
    publicWarning:
      'Dieser Paste wird NICHT verschlüsselt: Der Paste-Server und alle, die seine ID kennen, können ihn lesen. Sein Link enthält keinen Schlüssel.',
  },
  progress: {
    stage: '{{stage}} …',
    ping: 'Frage den Server nach seinen Grenzen',
    encrypt: 'Verschlüssele in diesem Browser',
    pow: 'Löse das Anti-Spam-Rätsel',
    send: 'Sende durch das Mixnet',
    wait: 'Warte auf die Antwort des Servers',
    powWhy:
      'Der Server verlangt ein Rätsel der Schwierigkeit {{bits}}: im Schnitt {{tries}} Versuche, damit er nicht überflutet werden kann.',
    powTime: 'Das dauert auf diesem Gerät etwa {{time}}.',
    powUnlucky:
      'Diesmal länger als im Schnitt: Jeder Versuch ist eine neue Ziehung, das ist also Pech und kein Hänger ({{tries}} Versuche bisher).',
    sendShare: '{{percent}} % bestätigt',
  },
  share: {
    title: 'Dein Paste ist bereit',
    neverExpires: 'Läuft nie ab',
    expiresIn: 'Gültig für {{duration}} (bis {{date}})',
    unlimited: 'Unbegrenzte Aufrufe',
    burns: 'Wird nach dem ersten Aufruf gelöscht',
    deletedAfter_one: 'Wird nach {{formatted}} Aufruf gelöscht',
    deletedAfter_other: 'Wird nach {{formatted}} Aufrufen gelöscht',
    password: 'Passwortgeschützt',
    confirm: 'Lesende bestätigen vor dem Öffnen',
    public: 'Öffentlich: nicht verschlüsselt',
    v2: 'Ursprüngliches Pastenym-v2-Format (schwächer), kein Löschen',
    how: 'Wie teilen',
    oneLink: 'Ein Link',
    separately: 'Link und Schlüssel getrennt',
    linkWithoutKey: 'Link ohne Schlüssel',
    key: 'Schlüssel',
    keyHint:
      'Schicke den Schlüssel über einen anderen Kanal als den Link: Keiner von beiden öffnet den Paste allein.',
    link: 'Link zum Teilen',
    linkHint:
      'Alle mit diesem Link können den Paste lesen. Der Schlüssel nach # erreicht den Server nie.',
    publicHint: 'Ein öffentlicher Paste: Alle mit diesem Link und der Server können ihn lesen.',
    passwordApart: 'Das Passwort steht nicht im Link: Schicke es getrennt.',
    showQr: 'QR-Code anzeigen',
    hideQr: 'QR-Code verbergen',
    qrLink: 'QR-Code des Links zum Teilen',
    qrWithoutKey: 'QR-Code des Links ohne Schlüssel',
    qrTooLong: 'Dieser Link ist zu lang für einen QR-Code.',
    deletion: 'Löschlink (behalte ihn für dich)',
    deletionHint: 'Wer ihn hat, kann den Paste löschen. Er wird nur jetzt angezeigt.',
  },
  copy: {
    button: 'Kopieren',
    done: 'Kopiert',
    failed: 'Kopieren fehlgeschlagen: Markiere den Text und kopiere ihn von Hand',
  },
  delete: {
    now: 'Jetzt löschen',
    ask: 'Jetzt für alle löschen?',
    yes: 'Ja, löschen',
    keep: 'Behalten',
    working: 'Wird gelöscht …',
    done: 'Der Paste wurde gelöscht.',
    nothing: 'Nichts zu löschen: Der Paste ist schon weg, oder das Token ist falsch.',
    ownerSummary: 'Diesen Paste löschen (Eigentümer)',
    tokenLabel: 'Löschlink oder Eigentümer-Token',
    button: 'Paste löschen',
    pageTitle: 'Einen Paste löschen',
    pageDetail:
      'Dies ist ein Löschlink. Löschen entfernt den Paste für alle; es öffnet ihn nicht, und es wird kein Aufruf verbraucht.',
    thePaste: 'Den Paste löschen',
  },
  confirm: {
    title: 'Diesen Paste öffnen?',
    detail:
      'Der Absender bittet dich, zu bestätigen, bevor er abgerufen wird. Das Öffnen kann den letzten Aufruf verbrauchen: Wird er nach dem Lesen gelöscht, ist er danach weg. Lies ihn also jetzt oder lade herunter, was du brauchst.',
    open: 'Paste öffnen',
  },
  secret: {
    keyTitle: 'Schlüssel benötigt',
    keyDetail:
      'Dieser Link enthält keinen Schlüssel. Füge den Schlüssel ein, den du vom Absender bekommen hast, oder den ganzen Link (leer lassen bei einem öffentlichen Paste).',
    wrongKeyTitle: 'Falscher Schlüssel',
    wrongKeyDetail:
      'Dieser Schlüssel öffnet diesen Paste nicht. Prüfe, ob er vollständig kopiert wurde, oder füge den ganzen Link ein, den du bekommen hast.',
    keyLabel: 'Schlüssel oder Link',
    keyHint: 'Der Schlüssel bleibt in diesem Browser: Er wird nie gesendet.',
    passwordTitle: 'Passwort benötigt',
    passwordDetail:
      'Dieser Paste ist durch ein Passwort geschützt. Es wird in diesem Browser geprüft und nie gesendet.',
    wrongPassword: 'Falsches Passwort. Versuche es noch einmal.',
    passwordLabel: 'Passwort',
    open: 'Öffnen',
  },
  view: {
    title: 'Paste',
    opening: 'Paste wird geöffnet',
    stage: {
      send: 'Sende die Anfrage durch das Mixnet',
      wait: 'Warte, bis der Paste durch das Mixnet zurückkommt',
      decrypt: 'Entschlüssele in diesem Browser',
    },
    receiving: 'Empfangene Fragmente: {{received}} von {{total}}',
    burned:
      'Das war der letzte Aufruf: Der Paste wurde gelöscht und ist nicht mehr auf dem Server.',
    lastChance:
      'Dieser Tab enthält jetzt die einzige Kopie: Der Server hat den letzten Aufruf des Pastes verbraucht. Wenn du diesen Tab schließt oder neu lädst, ist er endgültig verloren. Sichere also, was du brauchst.',
    viewsLeft_one: 'Noch {{formatted}} Aufruf erlaubt.',
    viewsLeft_other: 'Noch {{formatted}} Aufrufe erlaubt.',
    neverExpires: 'Er läuft nie ab.',
    expiresIn: 'Noch höchstens {{duration}} gültig (bis {{date}}).',
    dishonest:
      'Der Server meldet eine Anzahl von Aufrufen oder eine Ablaufzeit, die der Wahl des Erstellers widerspricht. Er löscht diesen Paste womöglich nicht wie versprochen.',
    actions: 'Aktionen für den Paste',
    showAs: 'Anzeigen als',
    raw: 'Roh',
    copy: 'Text kopieren',
    copied: 'Text kopiert',
    copyFailed: 'Kopieren fehlgeschlagen',
    clone: 'Klonen',
    textLabel: 'Text des Pastes',
    noText: 'Dieser Paste hat keinen Text.',
    attachments_one: 'Anhang ({{count}})',
    attachments_other: 'Anhänge ({{count}})',
  },
  attachment: {
    unnamed: 'Anhang {{number}}',
    preview: 'Vorschau von {{name}}',
    downloadNamed: '{{name}} herunterladen',
    noPdf: 'Dieser Browser zeigt PDFs nicht direkt an. Lade die Datei herunter, um sie zu lesen.',
  },
  failure: {
    not_found: {
      title: 'Paste nicht gefunden',
      detail:
        'Dieser Paste existiert nicht, ist abgelaufen oder wurde nach dem Lesen gelöscht. Der Server unterscheidet diese Fälle nicht, damit niemand mit dem Link erfährt, was mit ihm geschehen ist.',
    },
    wrong_key: {
      title: 'Falscher Schlüssel',
      detail:
        'Der Schlüssel in diesem Link öffnet diesen Paste nicht. Prüfe, ob der Link vollständig kopiert wurde.',
    },
    password_required: {
      title: 'Passwort benötigt',
      detail: 'Dieser Paste ist durch ein Passwort geschützt.',
    },
    wrong_password: {
      title: 'Falsches Passwort',
      detail: 'Dieses Passwort öffnet diesen Paste nicht. Versuche es noch einmal.',
    },
    damaged: {
      title: 'Der Paste kann nicht geöffnet werden',
      detail:
        'Sein Inhalt wurde verändert oder liegt in einem Format vor, das diese Seite nicht liest. Es wurde nichts angezeigt.',
    },
    too_large: {
      title: 'Zu groß',
      detail: 'Der Paste ist größer, als dieser Server oder diese Seite annimmt.',
    },
    offline: {
      title: 'Keine Antwort durch das Mixnet',
      detail:
        'Die Anfrage oder ihre Antwort ist nicht rechtzeitig durch das Mixnet gekommen. Prüfe oben den Verbindungsstatus und versuche es erneut.',
    },
    busy: {
      title: 'Der Server ist ausgelastet',
      detail: 'Der Paste-Server bittet darum, es in Kürze erneut zu versuchen.',
    },
    invalid_options: {
      title: 'Optionen nicht angeboten',
      detail:
        'Der Server bietet diese Optionen nicht mehr an. Lade die Seite neu, um zu sehen, was er anbietet.',
    },
    aborted: { title: 'Abgebrochen', detail: 'Die Anfrage wurde abgebrochen.' },
    error: {
      title: 'Etwas ist schiefgelaufen',
      detail: 'Ein unerwarteter Fehler ist aufgetreten. Versuche es erneut.',
    },
  },
} satisfies Catalog;

export default de;
