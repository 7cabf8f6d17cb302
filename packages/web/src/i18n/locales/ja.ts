import type { Catalog } from '../catalog.js';

const ja = {
  app: {
    loading: '読み込み中…',
    pasteTitle: 'ペースト · {{name}}',
    skip: '本文へスキップ',
    brandLabel: '{{name}}：新しいペースト',
    footer:
      'ブラウザー内でエンドツーエンド暗号化され、ミックスネットで運ばれます。サーバーにはあなたのテキストもネットワークアドレスも見えません。Cookie なし、アクセス解析なし、第三者なし。',
    languageLabel: 'このページの言語',
    languageFailed: 'この言語を読み込めませんでした。接続を確認して、もう一度お試しください。',
  },
  common: {
    newPaste: '新しいペースト',
    retry: '再試行',
    tryAgain: 'もう一度試す',
    cancel: 'キャンセル',
    download: 'ダウンロード',
    show: '表示',
    hide: '隠す',
  },
  theme: {
    system: '自動',
    light: 'ライト',
    dark: 'ダーク',
    label: 'カラーテーマ：{{theme}}。テーマを切り替える',
    title: 'カラーテーマを切り替える',
  },
  format: {
    text: 'プレーンテキスト',
    markdown: 'Markdown',
    code: 'コード',
    about: '約 {{duration}}',
  },
  invalid: {
    title: 'このリンクは無効です',
    detail:
      'このページが読み取れるペースト ID が含まれていません。リンクが最後までコピーされているか確認してください。',
  },
  crash: {
    title: 'この画面を表示できませんでした',
    detail: '何も送信されていません。ページを再読み込みするか、新しいペーストを始めてください。',
  },
  config: {
    insecure: 'このページには安全な接続が必要です',
    missing: 'このページは設定されていません',
    invalid: 'このページの設定が正しくありません',
    insecureDetail: 'ブラウザー内の暗号化（WebCrypto）は https か localhost でしか動作しません。',
    operatorDetail:
      'このサイトの運営者は、ページの隣に <file>config.json</file> を置くか、設定を含めてページをビルドする必要があります。web パッケージの README を参照してください。',
  },
  status: {
    local: {
      connecting: 'ローカルのミックスネットに接続中…',
      connected: 'ローカルのミックスネット経由で接続済み',
    },
    nym: {
      connecting: 'Nym ミックスネットに接続中…',
      connected: 'Nym ミックスネット経由で接続済み',
    },
    offline: 'オフライン：{{reason}}',
    reconnecting: '再接続中…',
    reachingServer: '接続済み。ペーストサーバーに問い合わせ中…',
    serverSilent: '接続済みですが、ペーストサーバーが応答しません',
    v2: {
      summary:
        'このサーバーは Pastenym v2 にしか対応していません。ペーストは古くて弱い形式になります',
      padding: 'サイズの水増しがないため、サーバーとネットワークにペーストの大きさがわかります。',
      options:
        '閲覧後削除と有効期限がペーストに封印されないため、サーバーがそれを無視しても気づけません。',
      key: 'リンクの鍵は 256 ビットの鍵ではなく、PBKDF2 を 10,000 回かけた 32 文字のパスワードです。',
      features: 'リンクに加えたパスワードも削除もできず、添付ファイルは 1 つまでです。',
      metadata: '読む人に閲覧回数と作成日がわかります。',
    },
    privacy: {
      summary: '匿名性が守られるしくみ',
      intro: '今回の訪問では、ブラウザーがミックスネット上に専用の新しいアドレスを持っています：',
      detail:
        'ペーストサーバーがこのアドレスを知ることはありません。リクエストには代わりに使い捨ての返信ブロックが付き、次の訪問では新しいアドレスになるため、訪問どうしを結びつけることはできません。',
    },
  },
  create: {
    title: '新しいペースト',
    submit: 'ペーストを作成',
    optionsPending: 'ペーストサーバーがミックスネット経由で応答すると、オプションが表示されます。',
    serverSilent:
      'ペーストサーバーがミックスネット経由で応答しません。そのまま書き続けて大丈夫です。内容は失われず、応答があり次第オプションが表示されます。ページは自動で問い合わせを続けます。',
    waiting: {
      connection: 'ミックスネットへの接続を待っています…',
      server: 'ペーストサーバーの応答を待っています…',
      serverSilent: 'ペーストサーバーはまだ応答していません。',
      tooLarge: 'このサーバーには大きすぎます。',
      tooManyFiles: 'このサーバー（Pastenym v2）が受け付ける添付ファイルは1つまでです。',
      views: '閲覧回数を確認してください。',
      empty: 'テキストを書くか、ファイルを追加してください。',
    },
  },
  editor: {
    format: '形式',
    language: '言語',
    detect: '自動判別',
    edit: '編集',
    preview: 'プレビュー',
    textLabel: 'ペーストの本文',
    placeholder:
      'ここにテキストを貼り付けるか入力してください。送信前にこのブラウザー内で暗号化されます。',
    count_other: '{{formatted}} 文字 · Ctrl+Enter で作成',
    languages: {
      bash: 'Bash / シェル',
      markdown: 'Markdown ソース',
      plaintext: 'プレーンテキスト',
    },
  },
  attachments: {
    title: '添付ファイル',
    drop: 'ここにファイルをドロップするか、クリップボードから貼り付けるか、<choose>ファイルを選択</choose>してください。',
    remove: '削除',
    removeNamed: '{{name}} を削除',
    size: '暗号化後は約 {{size}} です。',
    sizeOfLimit: 'このサーバーの上限 {{limit}} のうち約 {{size}} です。',
    tooLarge: '大きすぎます：約 {{size}} ですが、このサーバーは最大 {{limit}} までです。',
  },
  options: {
    title: 'オプション',
    expiry: '有効期限',
    never: '無期限',
    views: '閲覧回数',
    viewChoice: {
      unlimited: '無制限',
      burn: '閲覧後に削除',
      limited: '回数を制限',
    },
    viewsAllowed: '許可する閲覧回数',
    viewsRange: '{{min}} から {{max}} までの整数。',
    viewsWrong:
      '{{min}} から {{max}} までの整数を入力してください。1 回だけなら「閲覧後に削除」を選んでください。',
    password: 'パスワード（任意）',
    passwordHint: 'リンクに加えて必要になります。このブラウザーの外には出ません。',
    passwordPublic: '公開ペーストにはパスワードを付けられません。',
    confirm: '開く前に読む人に確認を求める',
    confirmHint: 'リンクのプレビューやスキャナーが閲覧回数を使ってしまうのを防ぎます。',
    public: '公開ペースト（暗号化なし）',
    publicHint: '誰に読まれてもよいテキスト専用です。',
    publicWarning:
      'このペーストは暗号化されません。ペーストサーバーと、その ID を知る人は誰でも読めます。リンクに鍵は含まれません。',
  },
  progress: {
    stage: '{{stage}}…',
    ping: 'サーバーに上限を問い合わせています',
    encrypt: 'このブラウザー内で暗号化しています',
    pow: 'スパム対策のパズルを解いています',
    send: 'ミックスネット経由で送信しています',
    wait: 'サーバーの応答を待っています',
    powWhy:
      'サーバーが難易度 {{bits}} のパズルを求めています。平均 {{tries}} 回の試行が必要で、これでサーバーが大量の送信で埋め尽くされるのを防ぎます。',
    powTime: 'この端末では約 {{time}}かかります。',
    powUnlucky:
      '今回は平均より長くかかっています。試行は毎回新しいくじ引きなので、止まっているのではなく運が悪いだけです（これまで {{tries}} 回）。',
    sendShare: '{{percent}}% 確認済み',
  },
  share: {
    title: 'ペーストの準備ができました',
    neverExpires: '無期限',
    expiresIn: '{{duration}}後に期限切れ（{{date}}）',
    unlimited: '閲覧回数は無制限',
    burns: '最初の閲覧後に削除',
    deletedAfter_other: '{{formatted}} 回閲覧後に削除',
    password: 'パスワードで保護',
    confirm: '読む人は開く前に確認',
    public: '公開：暗号化なし',
    v2: '元の Pastenym v2 形式（弱い）、削除不可',
    how: '共有方法',
    oneLink: 'リンク 1 つ',
    separately: 'リンクと鍵を別々に',
    linkWithoutKey: '鍵なしのリンク',
    key: '鍵',
    keyHint: '鍵はリンクとは別の経路で送ってください。どちらか一方だけではペーストを開けません。',
    link: '共有リンク',
    linkHint:
      'このリンクを持つ人は誰でもペーストを読めます。# の後の鍵がサーバーに届くことはありません。',
    publicHint: '公開ペーストです。このリンクを持つ人とサーバーは誰でも読めます。',
    passwordApart: 'パスワードはリンクに含まれていません。別に送ってください。',
    showQr: 'QR コードを表示',
    hideQr: 'QR コードを隠す',
    qrLink: '共有リンクの QR コード',
    qrWithoutKey: '鍵なしリンクの QR コード',
    qrTooLong: 'このリンクは長すぎて QR コードにできません。',
    deletion: '削除用リンク（自分だけで保管）',
    deletionHint: 'これを持つ人はペーストを削除できます。表示されるのは今だけです。',
  },
  copy: {
    button: 'コピー',
    done: 'コピーしました',
    failed: 'コピーできませんでした。テキストを選択して手動でコピーしてください',
  },
  delete: {
    now: '今すぐ削除',
    ask: '今すぐ全員に対して削除しますか？',
    yes: 'はい、削除します',
    keep: '残す',
    working: '削除中…',
    done: 'ペーストを削除しました。',
    nothing: '削除するものがありません。ペーストはすでに消えているか、トークンが間違っています。',
    ownerSummary: 'このペーストを削除（作成者）',
    tokenLabel: '削除用リンクまたは作成者トークン',
    button: 'ペーストを削除',
    pageTitle: 'ペーストの削除',
    pageDetail:
      'これは削除用リンクです。削除すると全員にとってペーストがなくなります。ペーストは開かれず、閲覧回数も使われません。',
    thePaste: 'このペーストを削除',
  },
  confirm: {
    title: 'このペーストを開きますか？',
    detail:
      '送信者は、取得する前に確認するよう求めています。開くと最後の閲覧回数を使い切るかもしれません。閲覧後に削除される設定なら、その後は消えてしまうので、今すぐ読むか、必要なものをダウンロードしてください。',
    open: 'ペーストを開く',
  },
  secret: {
    keyTitle: '鍵が必要です',
    keyDetail:
      'このリンクには鍵がありません。送信者から受け取った鍵か、リンク全体を貼り付けてください（公開ペーストなら空欄のまま）。',
    wrongKeyTitle: '鍵が違います',
    wrongKeyDetail:
      'この鍵ではこのペーストを開けません。最後までコピーされているか確認するか、受け取ったリンク全体を貼り付けてください。',
    keyLabel: '鍵またはリンク',
    keyHint: '鍵はこのブラウザー内にとどまり、送信されることはありません。',
    passwordTitle: 'パスワードが必要です',
    passwordDetail:
      'このペーストはパスワードで保護されています。パスワードはこのブラウザー内で確認され、送信されることはありません。',
    wrongPassword: 'パスワードが違います。もう一度お試しください。',
    passwordLabel: 'パスワード',
    open: '開く',
  },
  view: {
    title: 'ペースト',
    opening: 'ペーストを開いています',
    stage: {
      send: 'ミックスネット経由でリクエストを送信しています',
      wait: 'ペーストがミックスネット経由で戻ってくるのを待っています',
      decrypt: 'このブラウザー内で復号しています',
    },
    receiving: '受信したフラグメント：{{received}} / {{total}}',
    burned: 'これが最後の閲覧でした。ペーストは削除され、もうサーバーにはありません。',
    lastChance:
      '唯一のコピーは今このタブの中にあります。サーバーはこのペーストの最後の閲覧回数を使い切りました。このタブを閉じたり再読み込みしたりすると完全に失われるので、必要なものを保存してください。',
    viewsLeft_other: 'あと {{formatted}} 回閲覧できます。',
    neverExpires: '無期限です。',
    expiresIn: '遅くとも {{duration}}後（{{date}} まで）に期限切れになります。',
    dishonest:
      'サーバーが報告する閲覧回数や有効期限が、作成者の選んだ設定と矛盾しています。約束どおりにこのペーストを削除していないおそれがあります。',
    actions: 'ペーストの操作',
    showAs: '表示形式',
    raw: 'そのまま',
    copy: 'テキストをコピー',
    copied: 'テキストをコピーしました',
    copyFailed: 'コピーできませんでした',
    clone: '複製',
    textLabel: 'ペーストの本文',
    noText: 'このペーストには本文がありません。',
    attachments_other: '添付ファイル（{{count}}）',
  },
  attachment: {
    unnamed: '添付ファイル {{number}}',
    preview: '{{name}} のプレビュー',
    downloadNamed: '{{name}} をダウンロード',
    noPdf:
      'このブラウザーはページ内に PDF を表示できません。ファイルをダウンロードして読んでください。',
  },
  failure: {
    not_found: {
      title: 'ペーストが見つかりません',
      detail:
        'このペーストは存在しないか、期限切れか、閲覧後に削除されました。サーバーはこれらを区別しないので、リンクを持つ人にも何が起きたかはわかりません。',
    },
    wrong_key: {
      title: '鍵が違います',
      detail:
        'このリンクの鍵ではこのペーストを開けません。リンクが最後までコピーされているか確認してください。',
    },
    password_required: {
      title: 'パスワードが必要です',
      detail: 'このペーストはパスワードで保護されています。',
    },
    wrong_password: {
      title: 'パスワードが違います',
      detail: 'そのパスワードではこのペーストを開けません。もう一度お試しください。',
    },
    damaged: {
      title: 'ペーストを開けません',
      detail: '内容が改ざんされているか、このページが読めない形式です。何も表示していません。',
    },
    too_large: {
      title: '大きすぎます',
      detail: 'このペーストは、このサーバーまたはこのページが受け付ける大きさを超えています。',
    },
    offline: {
      title: 'ミックスネットから応答がありません',
      detail:
        'リクエストかその応答が、時間内にミックスネットを通り抜けられませんでした。上の接続状態を確認して、もう一度お試しください。',
    },
    busy: {
      title: 'サーバーが混み合っています',
      detail: 'ペーストサーバーから、少し時間をおいて再試行するよう求められました。',
    },
    invalid_options: {
      title: '提供されていないオプションです',
      detail:
        'サーバーはこれらのオプションをもう提供していません。ページを再読み込みして、提供内容を確認してください。',
    },
    aborted: { title: 'キャンセルしました', detail: 'リクエストはキャンセルされました。' },
    error: {
      title: '問題が発生しました',
      detail: '予期しないエラーが発生しました。もう一度お試しください。',
    },
  },
} satisfies Catalog;

export default ja;
