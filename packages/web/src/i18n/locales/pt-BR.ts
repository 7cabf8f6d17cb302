import type { Catalog } from '../catalog.js';

const ptBR = {
  app: {
    loading: 'Carregando…',
    pasteTitle: 'Paste · {{name}}',
    skip: 'Pular para o conteúdo',
    brandLabel: '{{name}}: novo paste',
    footer:
      'Criptografado de ponta a ponta no seu navegador e levado por uma mixnet: o servidor não vê nem o seu texto nem o seu endereço de rede. Sem cookies, sem análises, sem terceiros.',
    languageLabel: 'Idioma desta página',
    languageFailed: 'Não foi possível carregar esse idioma. Verifique a conexão e tente novamente.',
  },
  common: {
    newPaste: 'Novo paste',
    retry: 'Tentar de novo',
    tryAgain: 'Tentar novamente',
    cancel: 'Cancelar',
    download: 'Baixar',
    show: 'Mostrar',
    hide: 'Ocultar',
  },
  theme: {
    system: 'Automático',
    light: 'Claro',
    dark: 'Escuro',
    label: 'Tema de cores: {{theme}}. Mudar o tema',
    title: 'Mudar o tema de cores',
  },
  format: {
    text: 'Texto simples',
    markdown: 'Markdown',
    code: 'Código',
    about: 'cerca de {{duration}}',
  },
  invalid: {
    title: 'Este link não é válido',
    detail:
      'Ele não tem um identificador de paste que esta página consiga ler. Verifique se ele foi copiado por inteiro.',
  },
  crash: {
    title: 'Não foi possível exibir esta tela',
    detail: 'Nada foi enviado. Recarregue a página ou comece um novo paste.',
  },
  config: {
    insecure: 'Esta página precisa de uma conexão segura',
    missing: 'Esta página não está configurada',
    invalid: 'A configuração desta página é inválida',
    insecureDetail:
      'A criptografia no navegador (WebCrypto) só funciona com https, ou em localhost.',
    operatorDetail:
      'Quem opera este site precisa colocar um <file>config.json</file> ao lado da página, ou gerar a página com uma configuração. Veja o README do pacote web.',
  },
  status: {
    local: {
      connecting: 'Conectando à mixnet local…',
      connected: 'Conectado pela mixnet local',
    },
    nym: {
      connecting: 'Conectando à mixnet Nym…',
      connected: 'Conectado pela mixnet Nym',
    },
    offline: 'Sem conexão: {{reason}}',
    reconnecting: 'Reconectando…',
    reachingServer: 'Conectado, contatando o servidor de pastes…',
    serverSilent: 'Conectado, mas o servidor de pastes não responde',
    v2: {
      summary: 'Este servidor só fala Pastenym v2: os pastes usam o formato antigo, mais fraco',
      padding: 'Sem preenchimento de tamanho: o servidor e a rede veem o tamanho do paste.',
      options:
        'A exclusão após a leitura e a validade não são seladas no paste: um servidor que as ignore passa despercebido.',
      key: 'A chave do link é uma senha de 32 caracteres reforçada com 10.000 rodadas de PBKDF2, não uma chave de 256 bits.',
      features: 'Sem senha além do link, sem exclusão, no máximo um anexo.',
      metadata: 'Quem lê fica sabendo o número de visualizações e o dia da criação.',
    },
    privacy: {
      summary: 'Como você continua anônimo',
      intro: 'Nesta visita, o seu navegador tem um endereço próprio e novo na mixnet:',
      detail:
        'O servidor de pastes nunca fica sabendo dele: as requisições levam blocos de resposta de uso único no lugar, e a próxima visita recebe um novo endereço, então as visitas não podem ser ligadas entre si.',
    },
  },
  create: {
    title: 'Novo paste',
    submit: 'Criar paste',
    optionsPending: 'As opções aparecem assim que o servidor de pastes responder pela mixnet.',
    serverSilent:
      'O servidor de pastes não responde pela mixnet. Continue escrevendo: nada se perde, e as opções aparecem assim que ele responder. A página continua tentando sozinha.',
    waiting: {
      connection: 'Aguardando a conexão com a mixnet…',
      server: 'Aguardando a resposta do servidor de pastes…',
      serverSilent: 'O servidor de pastes ainda não respondeu.',
      tooLarge: 'Grande demais para este servidor.',
      tooManyFiles: 'Este servidor (Pastenym v2) aceita no máximo um anexo.',
      views: 'Confira o número de visualizações.',
      empty: 'Escreva algum texto ou adicione um arquivo.',
    },
  },
  editor: {
    format: 'Formato',
    language: 'Linguagem',
    detect: 'Detectar automaticamente',
    edit: 'Editar',
    preview: 'Pré-visualizar',
    textLabel: 'Texto do paste',
    placeholder:
      'Cole ou digite seu texto aqui. Ele é criptografado neste navegador antes de sair dele.',
    count_one: '{{formatted}} caractere · Ctrl+Enter para criar',
    count_many: '{{formatted}} de caracteres · Ctrl+Enter para criar',
    count_other: '{{formatted}} caracteres · Ctrl+Enter para criar',
    languages: {
      bash: 'Bash / shell',
      markdown: 'Código-fonte Markdown',
      plaintext: 'Texto simples',
    },
  },
  attachments: {
    title: 'Anexos',
    drop: 'Solte arquivos aqui, cole-os da área de transferência ou <choose>escolha arquivos</choose>.',
    remove: 'Remover',
    removeNamed: 'Remover {{name}}',
    size: 'Cerca de {{size}} depois de criptografado.',
    sizeOfLimit: 'Cerca de {{size}} dos {{limit}} que este servidor aceita.',
    tooLarge: 'Grande demais: cerca de {{size}}, e este servidor aceita no máximo {{limit}}.',
  },
  options: {
    title: 'Opções',
    expiry: 'Expira após',
    never: 'Nunca',
    views: 'Visualizações',
    viewChoice: {
      unlimited: 'Ilimitadas',
      burn: 'Apagar após a leitura',
      limited: 'Visualizações limitadas',
    },
    viewsAllowed: 'Visualizações permitidas',
    viewsRange: 'Um número inteiro de {{min}} a {{max}}.',
    viewsWrong:
      'Digite um número inteiro de {{min}} a {{max}}. Para uma única visualização, escolha “Apagar após a leitura”.',
    password: 'Senha (opcional)',
    passwordHint: 'Necessária além do link. Ela nunca sai deste navegador.',
    passwordPublic: 'Um paste público não tem senha.',
    confirm: 'Pedir ao leitor que confirme antes de abrir',
    confirmHint: 'Impede que prévias de links e scanners gastem uma visualização.',
    public: 'Paste público (sem criptografia)',
    publicHint: 'Só para textos que todos podem ver.',
    publicWarning:
      'Este paste NÃO será criptografado: o servidor de pastes, e qualquer pessoa que saiba o identificador dele, pode lê-lo. O link dele não tem chave.',
  },
  progress: {
    stage: '{{stage}}…',
    ping: 'Perguntando ao servidor quais são os limites',
    encrypt: 'Criptografando neste navegador',
    pow: 'Resolvendo o desafio antispam',
    send: 'Enviando pela mixnet',
    wait: 'Aguardando a resposta do servidor',
    powWhy:
      'O servidor pede um desafio de dificuldade {{bits}}: {{tries}} tentativas em média, para não ser sobrecarregado.',
    powTime: 'Isso leva cerca de {{time}} neste dispositivo.',
    powUnlucky:
      'Mais demorado que a média desta vez: cada tentativa é um sorteio novo, então é azar, não um travamento ({{tries}} tentativas até agora).',
    sendShare: '{{percent}}% confirmado',
  },
  share: {
    title: 'Seu paste está pronto',
    neverExpires: 'Nunca expira',
    expiresIn: 'Expira em {{duration}} ({{date}})',
    unlimited: 'Visualizações ilimitadas',
    burns: 'Apagado após a primeira visualização',
    deletedAfter_one: 'Apagado após {{formatted}} visualização',
    deletedAfter_many: 'Apagado após {{formatted}} de visualizações',
    deletedAfter_other: 'Apagado após {{formatted}} visualizações',
    password: 'Protegido por senha',
    confirm: 'Leitores confirmam antes de abrir',
    public: 'Público: sem criptografia',
    v2: 'Formato original do Pastenym v2 (mais fraco), sem exclusão',
    how: 'Como compartilhar',
    oneLink: 'Um link',
    separately: 'Link e chave separados',
    linkWithoutKey: 'Link sem a chave',
    key: 'Chave',
    keyHint: 'Envie a chave por um canal diferente do link: nenhum dos dois abre o paste sozinho.',
    link: 'Link para compartilhar',
    linkHint:
      'Qualquer pessoa com este link pode ler o paste. A chave depois do # nunca chega ao servidor.',
    publicHint: 'Um paste público: qualquer pessoa com este link, e o servidor, pode lê-lo.',
    passwordApart: 'A senha não está no link: envie-a separadamente.',
    showQr: 'Mostrar QR code',
    hideQr: 'Ocultar QR code',
    qrLink: 'QR code do link para compartilhar',
    qrWithoutKey: 'QR code do link sem a chave',
    qrTooLong: 'Este link é longo demais para um QR code.',
    deletion: 'Link de exclusão (guarde só para você)',
    deletionHint: 'Quem tiver este link pode apagar o paste. Ele só é mostrado agora.',
  },
  copy: {
    button: 'Copiar',
    done: 'Copiado',
    failed: 'Não foi possível copiar: selecione o texto e copie manualmente',
  },
  delete: {
    now: 'Apagar agora',
    ask: 'Apagar para todos, agora?',
    yes: 'Sim, apagar',
    keep: 'Manter',
    working: 'Apagando…',
    done: 'O paste foi apagado.',
    nothing: 'Nada para apagar: o paste já não existe, ou o token está errado.',
    ownerSummary: 'Apagar este paste (dono)',
    tokenLabel: 'Link de exclusão ou token do dono',
    button: 'Apagar paste',
    pageTitle: 'Apagar um paste',
    pageDetail:
      'Este é um link de exclusão. Apagar remove o paste para todos; isso não o abre e não gasta nenhuma visualização.',
    thePaste: 'Apagar o paste',
  },
  confirm: {
    title: 'Abrir este paste?',
    detail:
      'Quem enviou pediu que você confirme antes de ele ser buscado. Abrir pode gastar a última visualização: se ele for apagado após a leitura, depois não estará mais lá, então leia agora ou baixe o que precisar.',
    open: 'Abrir o paste',
  },
  secret: {
    keyTitle: 'Chave necessária',
    keyDetail:
      'Este link não tem chave. Cole a chave que quem enviou passou para você, ou o link inteiro (deixe em branco para um paste público).',
    wrongKeyTitle: 'Chave errada',
    wrongKeyDetail:
      'Esta chave não abre este paste. Verifique se ela foi copiada por inteiro, ou cole o link inteiro que você recebeu.',
    keyLabel: 'Chave ou link',
    keyHint: 'A chave fica neste navegador: ela nunca é enviada.',
    passwordTitle: 'Senha necessária',
    passwordDetail:
      'Este paste é protegido por senha. Ela é verificada neste navegador e nunca é enviada.',
    wrongPassword: 'Senha errada. Tente novamente.',
    passwordLabel: 'Senha',
    open: 'Abrir',
  },
  view: {
    title: 'Paste',
    opening: 'Abrindo o paste',
    stage: {
      send: 'Enviando a requisição pela mixnet',
      wait: 'Aguardando o paste voltar pela mixnet',
      decrypt: 'Descriptografando neste navegador',
    },
    receiving: 'Fragmentos recebidos: {{received}} de {{total}}',
    burned: 'Esta foi a última visualização: o paste foi apagado e não está mais no servidor.',
    lastChance:
      'Esta aba agora guarda a única cópia: o servidor gastou a última visualização do paste. Fechar ou recarregar esta aba o perde para sempre, então salve o que precisar.',
    viewsLeft_one: 'Resta {{formatted}} visualização.',
    viewsLeft_many: 'Restam {{formatted}} de visualizações.',
    viewsLeft_other: 'Restam {{formatted}} visualizações.',
    neverExpires: 'Ele nunca expira.',
    expiresIn: 'Ele expira em no máximo {{duration}} (até {{date}}).',
    dishonest:
      'O servidor informa um número de visualizações ou uma validade que contradiz o que o criador escolheu. Talvez ele não esteja apagando este paste como prometido.',
    actions: 'Ações do paste',
    showAs: 'Mostrar como',
    raw: 'Bruto',
    copy: 'Copiar texto',
    copied: 'Texto copiado',
    copyFailed: 'Falha ao copiar',
    clone: 'Clonar',
    textLabel: 'Texto do paste',
    noText: 'Este paste não tem texto.',
    attachments_one: 'Anexo ({{count}})',
    attachments_many: 'Anexos ({{count}})',
    attachments_other: 'Anexos ({{count}})',
  },
  attachment: {
    unnamed: 'Anexo {{number}}',
    preview: 'Prévia de {{name}}',
    downloadNamed: 'Baixar {{name}}',
    noPdf: 'Este navegador não mostra PDFs na página. Baixe o arquivo para lê-lo.',
  },
  failure: {
    not_found: {
      title: 'Paste não encontrado',
      detail:
        'Este paste não existe, expirou ou foi apagado após a leitura. O servidor não distingue esses casos, então ninguém com o link fica sabendo o que aconteceu com ele.',
    },
    wrong_key: {
      title: 'Chave errada',
      detail:
        'A chave deste link não abre este paste. Verifique se o link foi copiado por inteiro.',
    },
    password_required: {
      title: 'Senha necessária',
      detail: 'Este paste é protegido por senha.',
    },
    wrong_password: {
      title: 'Senha errada',
      detail: 'Essa senha não abre este paste. Tente novamente.',
    },
    damaged: {
      title: 'Não é possível abrir o paste',
      detail:
        'O conteúdo foi alterado ou não está em um formato que esta página consiga ler. Nada foi exibido.',
    },
    too_large: {
      title: 'Grande demais',
      detail: 'O paste é maior do que este servidor ou esta página aceitam.',
    },
    offline: {
      title: 'Sem resposta pela mixnet',
      detail:
        'A requisição ou a resposta não atravessou a mixnet a tempo. Confira o estado da conexão acima e tente novamente.',
    },
    busy: {
      title: 'O servidor está ocupado',
      detail: 'O servidor de pastes pediu para tentar de novo daqui a pouco.',
    },
    invalid_options: {
      title: 'Opções não oferecidas',
      detail:
        'O servidor não oferece mais essas opções. Recarregue a página para ver o que ele oferece.',
    },
    aborted: { title: 'Cancelado', detail: 'A requisição foi cancelada.' },
    error: {
      title: 'Algo deu errado',
      detail: 'Ocorreu um erro inesperado. Tente novamente.',
    },
  },
} satisfies Catalog;

export default ptBR;
