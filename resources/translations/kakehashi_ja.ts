<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../ui/messages.py" line="20"/>
        <source>wrong passphrase or recovery key</source>
        <extracomment>Messages the core raises with fixed text, verbatim.</extracomment>
        <translation>パスフレーズまたは回復キーが正しくありません。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="21"/>
        <source>wrong recovery key</source>
        <translation>回復キーが正しくありません。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="22"/>
        <source>the recovery key is mistyped: its check characters do not match</source>
        <translation>回復キーの入力に誤りがあります（チェック用の文字が一致しません）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25"/>
        <source>the vault is in use by another process</source>
        <translation>この保管庫は別のプログラムで使用中です。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="26"/>
        <source>the vault&apos;s key envelope is damaged (both copies)</source>
        <translation>保管庫の鍵情報ファイルが壊れています（2つのコピーの両方）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="27"/>
        <source>the vault&apos;s key envelope is missing (both copies)</source>
        <translation>保管庫の鍵情報ファイルが見つかりません（2つのコピーの両方）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>the key envelope has been altered (its MAC does not match)</source>
        <translation>鍵情報ファイルが改変されています（MAC が一致しません）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <source>the two copies of the key envelope belong to different vaults</source>
        <translation>鍵情報ファイルの2つのコピーが、別々の保管庫のものです。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34"/>
        <source>a passphrase must have at least 8 characters</source>
        <translation>パスフレーズは8文字以上にしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>a passphrase must not begin or end with spaces</source>
        <translation>パスフレーズの先頭と末尾には空白を使えません。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <source>the vault is locked</source>
        <translation>保管庫はロックされています。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>no vault at %1</source>
        <extracomment>Messages with a variable part (a folder, a detail): the pattern and its source text, where ``%1`` stands for the captured part.</extracomment>
        <translation>%1 に保管庫がありません。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>%1 is not a Kakehashi vault</source>
        <translation>%1 は Kakehashi の保管庫ではありません。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>%1 already exists and is not an empty folder</source>
        <translation>%1 は既に存在し、空のフォルダーではありません。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>the vault database is damaged: %1</source>
        <translation>保管庫のデータベースが壊れています：%1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>the vault&apos;s key envelope is unusable: %1</source>
        <translation>保管庫の鍵情報ファイルを使用できません：%1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="99"/>
        <source>the folder cannot be used: %1</source>
        <translation>このフォルダーは使用できません：%1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="104"/>
        <source>internal error (%1); the vault was not changed</source>
        <translation>内部エラーが発生しました（%1）。保管庫は変更されていません。</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../ui/create_page.py" line="45"/>
        <source>Create a new vault</source>
        <extracomment>The folder and the new passphrase, already checked by the core&apos;s rules.</extracomment>
        <translation>新しい保管庫を作成</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="48"/>
        <source>A vault is a folder on this computer in which everything is kept encrypted. Choose a new or empty folder and a passphrase that you will remember: nobody can open the vault without it.</source>
        <translation>保管庫とは、すべてのデータを暗号化して保存する、このコンピューター上のフォルダーです。新しいフォルダーか空のフォルダーを選び、忘れないパスフレーズを決めてください。パスフレーズがなければ、誰も保管庫を開けません。</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="54"/>
        <source>Choose or create an empty folder for the new vault</source>
        <translation>新しい保管庫用の空のフォルダーを選択または作成</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="55"/>
        <source>Folder for the new vault</source>
        <translation>新しい保管庫のフォルダー</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="59"/>
        <source>New passphrase</source>
        <translation>新しいパスフレーズ</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="62"/>
        <source>New passphrase again</source>
        <translation>新しいパスフレーズ（確認）</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="66"/>
        <source>At least %1 characters. A few unrelated words make a passphrase that is strong and easy to remember.</source>
        <translation>%1文字以上にしてください。関連のない単語をいくつか組み合わせると、強くて覚えやすいパスフレーズになります。</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="73"/>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="74"/>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="75"/>
        <source>&amp;Again:</source>
        <translation>確認(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="80"/>
        <source>Strength:</source>
        <translation>強度:</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="83"/>
        <source>Open an existing vault…</source>
        <translation>既存の保管庫を開く…</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="84"/>
        <source>Open an existing vault</source>
        <translation>既存の保管庫を開く</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="86"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="87"/>
        <source>Quit Kakehashi</source>
        <translation>Kakehashi を終了</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="89"/>
        <source>Create vault</source>
        <translation>保管庫を作成</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="90"/>
        <source>Create the vault</source>
        <translation>保管庫を作成する</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="142"/>
        <source>Choose a folder for the new vault.</source>
        <translation>新しい保管庫のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="153"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>2つのパスフレーズが一致しません。同じパスフレーズを2回入力してください。</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../ui/dossier_model.py" line="61"/>
        <source>Ref</source>
        <extracomment>Year first in every language: unambiguous, and close to Japan&apos;s own 2026/04/01.</extracomment>
        <translation>整理番号</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="61"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="61"/>
        <source>Last change</source>
        <translation>最終更新</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>This vault has no dossiers yet</source>
        <extracomment>The table shows this many of the most recently changed dossiers (the lazy list comes later). Room on either side of the narrow columns&apos; text, in pixels.</extracomment>
        <translation>この保管庫にはまだケース記録がありません</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>Dossiers are imported from an interchange file (JSON) with the command line. Lock the vault first (Ctrl+L) or quit Kakehashi: a vault can be open in only one program at a time. Then run:</source>
        <translation>ケース記録は、コマンドラインを使って交換用ファイル（JSON）から取り込みます。保管庫は一度に1つのプログラムでしか開けないため、先に保管庫をロックする（Ctrl+L）か、Kakehashi を終了してください。そのうえで、次のコマンドを実行します：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Import command</source>
        <translation>取り込みコマンド</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <location filename="../../ui/folder_field.py" line="33"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../ui/folder_field.py" line="35"/>
        <source>Browse for a folder</source>
        <translation>フォルダーを参照</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../ui/form_page.py" line="38"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../ui/form_page.py" line="63"/>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Dossiers</source>
        <extracomment>Emitted on the GUI thread when the dossiers have been loaded (or failed to).</extracomment>
        <translation>ケース記録</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Close the vault and ask for the passphrase again</source>
        <translation>保管庫を閉じて、もう一度パスフレーズを求めます</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="165"/>
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>ケース記録 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>showing the %1 most recently changed</source>
        <translation>最近更新された %1 件を表示中</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="29"/>
        <source>Your recovery key</source>
        <extracomment>KDE&apos;s and KeePassXC&apos;s hint to clipboard managers: do not keep this in the history.</extracomment>
        <translation>回復キー</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="32"/>
        <source>If the passphrase is ever forgotten, this key is the only way into the vault. It is shown only this once. Write it down or print it and keep it somewhere safe, away from this computer: anyone who has it can open the vault.</source>
        <translation>パスフレーズを忘れたときに保管庫を開く方法は、このキーだけです。表示されるのは今回限りです。書き写すか印刷して、このコンピューターから離れた安全な場所に保管してください。このキーを持っている人は誰でも保管庫を開けます。</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="46"/>
        <source>Recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="53"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="54"/>
        <source>Copy the recovery key</source>
        <translation>回復キーをコピー</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="61"/>
        <source>I have stored the recovery key somewhere safe</source>
        <translation>回復キーを安全な場所に保管しました</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="62"/>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="63"/>
        <source>Continue to the vault</source>
        <translation>保管庫に進む</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="103"/>
        <source>Copied. The clipboard keeps it until something else is copied.</source>
        <translation>コピーしました。別のものをコピーするまで、クリップボードに残ります。</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../ui/strength_meter.py" line="27"/>
        <source>Passphrase strength</source>
        <translation>パスフレーズの強度</translation>
    </message>
    <message>
        <location filename="../../ui/strength_meter.py" line="39"/>
        <source>Too short: at least %1 characters</source>
        <translation>短すぎます：%1文字以上にしてください</translation>
    </message>
    <message>
        <location filename="../../ui/strength_meter.py" line="42"/>
        <source>Very weak: a common password or pattern</source>
        <translation>非常に弱い：よく使われるパスワードやパターンです</translation>
    </message>
    <message>
        <location filename="../../ui/strength_meter.py" line="43"/>
        <source>Weak: make it longer</source>
        <translation>弱い：もっと長くしてください</translation>
    </message>
    <message>
        <location filename="../../ui/strength_meter.py" line="44"/>
        <source>Fair: a longer passphrase is safer</source>
        <translation>普通：長くするほど安全です</translation>
    </message>
    <message>
        <location filename="../../ui/strength_meter.py" line="45"/>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../ui/strength_meter.py" line="46"/>
        <source>Strong</source>
        <translation>強い</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="86"/>
        <source>Unlocking… this takes about a second.</source>
        <translation>ロックを解除しています…（1秒ほどかかります）</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="115"/>
        <source>Measuring this computer and creating the vault… this takes a few seconds.</source>
        <translation>このコンピューターの処理速度を測定し、保管庫を作成しています…（数秒かかります）</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/unlock_page.py" line="30"/>
        <source>Unlock a vault</source>
        <extracomment>The folder and the passphrase or recovery key, both present.</extracomment>
        <translation>保管庫のロックを解除</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="32"/>
        <source>Enter the vault&apos;s passphrase. If it is forgotten, its recovery key works too.</source>
        <translation>保管庫のパスフレーズを入力してください。パスフレーズを忘れた場合は、回復キーでも開けます。</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="35"/>
        <source>Choose the vault folder</source>
        <translation>保管庫のフォルダーを選択</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="36"/>
        <source>Vault folder</source>
        <translation>保管庫のフォルダー</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="40"/>
        <location filename="../../ui/unlock_page.py" line="41"/>
        <source>Passphrase or recovery key</source>
        <translation>パスフレーズまたは回復キー</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="44"/>
        <source>Vault &amp;folder:</source>
        <translation>保管庫のフォルダー(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="46"/>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="51"/>
        <source>Create a new vault…</source>
        <translation>新しい保管庫を作成…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="52"/>
        <source>Create a new vault</source>
        <translation>新しい保管庫を作成</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="54"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="55"/>
        <source>Quit Kakehashi</source>
        <translation>Kakehashi を終了</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="57"/>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="58"/>
        <source>Unlock the vault</source>
        <translation>保管庫のロックを解除</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="97"/>
        <source>Choose the folder of the vault.</source>
        <translation>保管庫のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="102"/>
        <source>Enter the passphrase or the recovery key.</source>
        <translation>パスフレーズまたは回復キーを入力してください。</translation>
    </message>
</context>
</TS>
