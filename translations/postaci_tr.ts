<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>Postaci::Account</name>
    <message>
        <source>The account has no valid id.</source>
        <translation>Hesabın geçerli bir kimliği yok.</translation>
    </message>
    <message>
        <source>The account name contains a line break or another control character.</source>
        <translation>Hesap adında satır sonu veya başka bir denetim karakteri var.</translation>
    </message>
    <message>
        <source>The account name is longer than %1 characters.</source>
        <translation>Hesap adı %1 karakterden uzun.</translation>
    </message>
    <message>
        <source>E-mail address &quot;%1&quot;: %2</source>
        <translation>E-posta adresi &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>An account can have at most %1 extra sender addresses.</source>
        <translation>Bir hesabın en fazla %1 ek gönderen adresi olabilir.</translation>
    </message>
    <message>
        <source>Extra sender address &quot;%1&quot;: %2</source>
        <translation>Ek gönderen adresi &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The server name contains a line break or another control character.</source>
        <translation>Sunucu adında satır sonu veya başka bir denetim karakteri var.</translation>
    </message>
    <message>
        <source>Enter the server name, for example mail.example.com.</source>
        <translation>Sunucu adını girin, örneğin mail.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name or IP address.</source>
        <translation>&quot;%1&quot; geçerli bir sunucu adı veya IP adresi değil.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Port, 1 ile 65535 arasında bir sayı olmalı.</translation>
    </message>
    <message>
        <source>The user name contains a line break or another control character.</source>
        <translation>Kullanıcı adında satır sonu veya başka bir denetim karakteri var.</translation>
    </message>
    <message>
        <source>The user name is longer than %1 characters.</source>
        <translation>Kullanıcı adı %1 karakterden uzun.</translation>
    </message>
    <message>
        <source>A pinned certificate fingerprint is not a SHA-256 digest.</source>
        <translation>Sabitlenmiş sertifika parmak izi bir SHA-256 özeti değil.</translation>
    </message>
    <message>
        <source>The provider id contains a control character.</source>
        <translation>Sağlayıcı kimliğinde bir denetim karakteri var.</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;</source>
        <translation>&quot;%1&quot; eksik</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot; bir metin değil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; true veya false değil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>&quot;%1&quot; bir liste değil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an entry that is not a string</source>
        <translation>&quot;%1&quot; içinde metin olmayan bir öğe var</translation>
    </message>
    <message>
        <source>&quot;port&quot; is not a number from 1 to 65535</source>
        <translation>&quot;port&quot; 1 ile 65535 arasında bir sayı değil</translation>
    </message>
    <message>
        <source>unknown &quot;security&quot; &quot;%1&quot;</source>
        <translation>bilinmeyen &quot;security&quot; değeri: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown &quot;auth&quot; &quot;%1&quot;</source>
        <translation>bilinmeyen &quot;auth&quot; değeri: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;pinnedSha256&quot; has an entry that is not a SHA-256 digest in hex</source>
        <translation>&quot;pinnedSha256&quot; içinde onaltılık bir SHA-256 özeti olmayan bir öğe var</translation>
    </message>
    <message>
        <source>&quot;id&quot; is not a UUID</source>
        <translation>&quot;id&quot; bir UUID değil</translation>
    </message>
    <message>
        <source>The account signs in with OAuth2 but has no OAuth2 settings.</source>
        <translation>Hesap OAuth2 ile oturum açıyor ama OAuth2 ayarları yok.</translation>
    </message>
    <message>
        <source>&quot;oauth2&quot; is not an object</source>
        <translation>&quot;oauth2&quot; bir nesne değil</translation>
    </message>
</context>
<context>
    <name>Postaci::AccountCheck</name>
    <message>
        <source>works</source>
        <translation>çalışıyor</translation>
    </message>
    <message>
        <source>no answer in time (at step &quot;%1&quot;)</source>
        <translation>zamanında yanıt yok (&quot;%1&quot; adımında)</translation>
    </message>
    <message>
        <source>failed at step &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; adımında başarısız: %2</translation>
    </message>
</context>
<context>
    <name>Postaci::AccountExport</name>
    <message>
        <source>Postacı accepts the certificate of %1 because you pinned it (%2), not because a certificate authority vouches for it. %3</source>
        <translation>Postacı %1 sertifikasını bir sertifika yetkilisi kefil olduğu için değil, onu sabitlediğiniz için (%2) kabul ediyor. %3</translation>
    </message>
    <message>
        <source>An autoconfig file cannot carry that: Thunderbird will ask to accept this certificate the first time; compare its SHA-256 fingerprint before you do.</source>
        <translation>Bir autoconfig dosyası bunu taşıyamaz: Thunderbird ilk seferde bu sertifikayı kabul etmeyi soracaktır; kabul etmeden önce SHA-256 parmak izini karşılaştırın.</translation>
    </message>
    <message>
        <source>Publish this file as https://autoconfig.%1/mail/config-v1.1.xml (and, for Thunderbird&apos;s second place to look, https://%1/.well-known/autoconfig/mail/config-v1.1.xml).</source>
        <translation>Bu dosyayı https://autoconfig.%1/mail/config-v1.1.xml adresinde yayımlayın (Thunderbird&apos;ün baktığı ikinci yer için ayrıca https://%1/.well-known/autoconfig/mail/config-v1.1.xml adresinde).</translation>
    </message>
    <message>
        <source>The user name %1 is this account&apos;s own, not derived from the address: every other mailbox of %2 would be offered it. Edit &lt;username&gt; before publishing if the mailboxes sign in with their own names.</source>
        <translation>%1 kullanıcı adı adresten türetilmiş değil, bu hesaba özgü: %2 alanındaki diğer tüm posta kutularına da önerilir. Posta kutuları kendi adlarıyla oturum açıyorsa yayımlamadan önce &lt;username&gt; öğesini düzenleyin.</translation>
    </message>
    <message>
        <source>No SRV record: the server is given as an IP address, and an SRV record can only name a host. Give the server a name in DNS first.</source>
        <translation>SRV kaydı yok: sunucu bir IP adresiyle verilmiş, SRV kaydı ise yalnızca bir ana makine adını gösterebilir. Önce sunucuya DNS&apos;te bir ad verin.</translation>
    </message>
    <message>
        <source>This server is used without encryption: RFC 8314 asks not to publish such a service. Offer port 465 (TLS) or 587 (STARTTLS) first.</source>
        <translation>Bu sunucu şifrelemesiz kullanılıyor: RFC 8314 böyle bir hizmetin yayımlanmamasını ister. Önce 465 (TLS) veya 587 (STARTTLS) bağlantı noktasını sunun.</translation>
    </message>
    <message>
        <source>MAIL_PASSWORD is not exported. Put it in the site&apos;s secret store or its .env by hand; on this computer it prints with: %1</source>
        <translation>MAIL_PASSWORD dışa aktarılmaz. Onu sitenin gizli bilgi deposuna veya .env dosyasına elle yazın; bu bilgisayarda şu komutla yazdırılır: %1</translation>
    </message>
    <message>
        <source>A web framework verifies the certificate against the system&apos;s authorities: install the server&apos;s CA on the web server, or its mails will fail with a certificate error.</source>
        <translation>Bir web çatısı sertifikayı sistemin sertifika yetkililerine göre doğrular: sunucunun CA&apos;sını web sunucusuna kurun, yoksa postaları bir sertifika hatasıyla başarısız olur.</translation>
    </message>
    <message>
        <source>The profile carries the outgoing server only; Apple Mail also needs the incoming (IMAP or POP) server, which Postacı does not test. Add it in Apple Configurator before installing the profile. The device asks for the password.</source>
        <translation>Profil yalnızca giden sunucuyu taşır; Apple Mail ayrıca Postacı&apos;nın test etmediği gelen (IMAP veya POP) sunucuyu da ister. Profili kurmadan önce onu Apple Configurator&apos;da ekleyin. Parolayı cihaz sorar.</translation>
    </message>
    <message>
        <source>Apple devices trust a certificate only through a certificate payload: add the server&apos;s certificate (or its CA) to the profile in Apple Configurator.</source>
        <translation>Apple cihazları bir sertifikaya yalnızca bir sertifika yükü üzerinden güvenir: sunucunun sertifikasını (veya CA&apos;sını) Apple Configurator&apos;da profile ekleyin.</translation>
    </message>
    <message>
        <source>Add this section to ~/.msmtprc and send with: msmtp -a %1 RECIPIENT. The password comes from the keychain at every send (secret-tool, Debian package libsecret-tools).</source>
        <translation>Bu bölümü ~/.msmtprc dosyasına ekleyin ve şununla gönderin: msmtp -a %1 ALICI. Parola her gönderimde anahtar zincirinden alınır (secret-tool, Debian paketi libsecret-tools).</translation>
    </message>
    <message>
        <source>This account signs in with OAuth2: add a passwordeval line whose command prints a current access token. Postacı renews its own tokens but does not hand them to other programs.</source>
        <translation>Bu hesap OAuth2 ile oturum açar: komutu güncel bir erişim belirteci yazdıran bir passwordeval satırı ekleyin. Postacı kendi belirteçlerini yeniler ama başka programlara vermez.</translation>
    </message>
    <message>
        <source>msmtp takes one fingerprint: only the first pinned certificate is written.</source>
        <translation>msmtp tek bir parmak izi alır: yalnızca ilk sabitlenmiş sertifika yazıldı.</translation>
    </message>
    <message>
        <source>Without encryption the password travels readable by anyone on the way.</source>
        <translation>Şifreleme olmadan parola, yol üzerindeki herkesin okuyabileceği biçimde gider.</translation>
    </message>
    <message>
        <source>Sends a test message to the account&apos;s own address; change --to for another recipient. swaks is in the Debian package swaks, secret-tool in libsecret-tools.</source>
        <translation>Hesabın kendi adresine bir test iletisi gönderir; başka bir alıcı için --to değerini değiştirin. swaks Debian&apos;ın swaks paketinde, secret-tool libsecret-tools paketindedir.</translation>
    </message>
    <message>
        <source>swaks cannot check a pinned certificate, so this command does not verify it at all: run it only where nobody can intercept the connection, or give swaks the server&apos;s CA with --tls-verify --tls-ca-path FILE.</source>
        <translation>swaks sabitlenmiş bir sertifikayı denetleyemez, bu yüzden bu komut sertifikayı hiç doğrulamaz: onu yalnızca bağlantıyı kimsenin araya girip dinleyemeyeceği yerde çalıştırın ya da swaks&apos;a sunucunun CA&apos;sını --tls-verify --tls-ca-path DOSYA ile verin.</translation>
    </message>
    <message>
        <source>swaks cannot sign in with OAuth2: the command sends without signing in.</source>
        <translation>swaks OAuth2 ile oturum açamaz: komut oturum açmadan gönderir.</translation>
    </message>
</context>
<context>
    <name>Postaci::AccountHealth</name>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Sunucunun sertifikasının süresi dolmuş.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s certificate expires in %n day(s).</source>
        <translation>
            <numerusform>Sunucunun sertifikasının süresi %n gün içinde doluyor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last tested %n day(s) ago.</source>
        <translation>
            <numerusform>Son test %n gün önce yapıldı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postaci::AccountListModel</name>
    <message>
        <source>%1:%2 (%3)</source>
        <translation>%1:%2 (%3)</translation>
    </message>
    <message>
        <source>Not tested yet</source>
        <translation>Henüz test edilmedi</translation>
    </message>
    <message>
        <source>Works · %1</source>
        <translation>Çalışıyor · %1</translation>
    </message>
    <message>
        <source>Failed: %1 · %2</source>
        <translation>Başarısız: %1 · %2</translation>
    </message>
    <message>
        <source>Last test: %1</source>
        <translation>Son test: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Hata: %1</translation>
    </message>
    <message>
        <source>Queue id: %1</source>
        <translation>Kuyruk kimliği: %1</translation>
    </message>
    <message>
        <source>No password saved: Postacı asks for it when testing.</source>
        <translation>Parola kaydedilmedi: Postacı test sırasında parolayı sorar.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Sunucu</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Son test</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Uyarı: %1</translation>
    </message>
</context>
<context>
    <name>Postaci::AccountRemoveJob</name>
    <message>
        <source>Removing the account was cancelled; the account is still saved.</source>
        <translation>Hesabın kaldırılması iptal edildi; hesap hâlâ kayıtlı.</translation>
    </message>
    <message>
        <source>The account was not removed because its password could not be deleted from the keychain.</source>
        <translation>Hesap kaldırılmadı, çünkü parolası anahtar zincirinden silinemedi.</translation>
    </message>
    <message>
        <source>(Keychain: %1)</source>
        <translation>(Anahtar zinciri: %1)</translation>
    </message>
    <message>
        <source>The account was removed, but its password may still be in the keychain.</source>
        <translation>Hesap kaldırıldı, ancak parolası hâlâ anahtar zincirinde kalmış olabilir.</translation>
    </message>
</context>
<context>
    <name>Postaci::AccountSaveJob</name>
    <message>
        <source>Saving the account was cancelled; nothing was saved.</source>
        <translation>Hesabın kaydedilmesi iptal edildi; hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>The password does not meet these rules: %1.</source>
        <translation>Parola şu kurallara uymuyor: %1.</translation>
    </message>
    <message>
        <source>The account was not saved because its password could not be stored in the keychain.</source>
        <translation>Hesap kaydedilmedi, çünkü parolası anahtar zincirine kaydedilemedi.</translation>
    </message>
    <message>
        <source>(Keychain: %1)</source>
        <translation>(Anahtar zinciri: %1)</translation>
    </message>
    <message>
        <source>The account was saved without its password, but the old password could not be removed from the keychain.</source>
        <translation>Hesap parolasız kaydedildi, ancak eski parola anahtar zincirinden kaldırılamadı.</translation>
    </message>
</context>
<context>
    <name>Postaci::AccountStore</name>
    <message>
        <source>Postacı cannot use the folder %1 for its accounts because %2 is a file, not a folder. Rename or remove that file.</source>
        <translation>Postacı hesapları için %1 klasörünü kullanamıyor, çünkü %2 bir klasör değil, dosya. O dosyanın adını değiştirin veya dosyayı kaldırın.</translation>
    </message>
    <message>
        <source>Postacı cannot read its accounts: %1 is a folder, not a file. Move it away.</source>
        <translation>Postacı hesaplarını okuyamıyor: %1 bir dosya değil, klasör. Onu başka bir yere taşıyın.</translation>
    </message>
    <message>
        <source>Postacı cannot read its accounts file %1: %2. Check that the file belongs to you.</source>
        <translation>Postacı hesap dosyasını (%1) okuyamıyor: %2. Dosyanın size ait olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>The accounts file %1 was written by a newer version of Postacı, which this version cannot change. It was left as it is.</source>
        <translation>Hesap dosyası %1, Postacı&apos;nın daha yeni bir sürümüyle yazılmış; bu sürüm onu değiştiremez. Dosyaya dokunulmadı.</translation>
    </message>
    <message>
        <source>The accounts file %1 is damaged and cannot be read (%2). It was left as it is.</source>
        <translation>Hesap dosyası %1 bozuk ve okunamıyor (%2). Dosyaya dokunulmadı.</translation>
    </message>
    <message>
        <source>A copy is kept at %1.</source>
        <translation>Bir kopyası şurada saklanıyor: %1.</translation>
    </message>
    <message>
        <source>Nothing will be saved until you repair or move away that file, or choose to start a new list of accounts.</source>
        <translation>Siz o dosyayı onarana veya başka yere taşıyana ya da yeni bir hesap listesi başlatmayı seçene kadar hiçbir şey kaydedilmeyecek.</translation>
    </message>
    <message>
        <source>No saved account has the id &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; kimliğine sahip kayıtlı bir hesap yok.</translation>
    </message>
    <message>
        <source>Postacı could not write its accounts file %1: %2. Nothing was changed.</source>
        <translation>Postacı hesap dosyasına (%1) yazamadı: %2. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>Postacı cannot create the folder %1 for its accounts.</source>
        <translation>Postacı hesapları için %1 klasörünü oluşturamıyor.</translation>
    </message>
    <message>
        <source>Postacı cannot write in the folder %1. Check that the folder belongs to you.</source>
        <translation>Postacı %1 klasörüne yazamıyor. Klasörün size ait olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>Another Postacı program is changing the accounts right now and did not finish in time. Try again in a moment.</source>
        <translation>Şu anda başka bir Postacı programı hesapları değiştiriyor ve zamanında bitirmedi. Biraz sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Postacı could not lock its accounts file %1.</source>
        <translation>Postacı hesap dosyasını (%1) kilitleyemedi.</translation>
    </message>
    <message>
        <source>Another Postacı program is changing the accounts right now. Try again in a moment.</source>
        <translation>Şu anda başka bir Postacı programı hesapları değiştiriyor. Biraz sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Postacı could not keep a copy of %1, so it left the file where it is.</source>
        <translation>Postacı %1 dosyasının bir kopyasını alamadı; bu yüzden dosyayı yerinde bıraktı.</translation>
    </message>
    <message>
        <source>Postacı could not move %1 away.</source>
        <translation>Postacı %1 dosyasını başka yere taşıyamadı.</translation>
    </message>
    <message>
        <source>The old accounts file is kept at %1; a new list starts empty.</source>
        <translation>Eski hesap dosyası şurada saklanıyor: %1. Yeni liste boş olarak başlıyor.</translation>
    </message>
    <message>
        <source>could not copy to %1</source>
        <translation>şuraya kopyalanamadı: %1</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>%1 bayttan büyük</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%2. baytta: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>bir JSON nesnesi değil</translation>
    </message>
    <message>
        <source>no valid &quot;schemaVersion&quot;</source>
        <translation>geçerli bir &quot;schemaVersion&quot; yok</translation>
    </message>
    <message>
        <source>no &quot;accounts&quot; list</source>
        <translation>&quot;accounts&quot; listesi yok</translation>
    </message>
    <message>
        <source>account %1 is not an object</source>
        <translation>%1. hesap bir nesne değil</translation>
    </message>
    <message>
        <source>account %1: %2</source>
        <translation>%1. hesap: %2</translation>
    </message>
    <message>
        <source>account id %1 appears twice</source>
        <translation>%1 hesap kimliği iki kez geçiyor</translation>
    </message>
</context>
<context>
    <name>Postaci::AccountWizard</name>
    <message>
        <source>Add an account</source>
        <translation>Hesap ekle</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Bitir</translation>
    </message>
    <message>
        <source>Edit account %1</source>
        <translation>%1 hesabını düzenle</translation>
    </message>
</context>
<context>
    <name>Postaci::AutoconfigFetcher</name>
    <message>
        <source>host not found</source>
        <translation>sunucu bulunamadı</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>bağlantı reddedildi</translation>
    </message>
    <message>
        <source>connection closed by the server</source>
        <translation>bağlantı sunucu tarafından kapatıldı</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS el sıkışması başarısız oldu: %1</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>çok fazla yönlendirme</translation>
    </message>
    <message>
        <source>redirect from HTTPS to plain HTTP refused</source>
        <translation>HTTPS&apos;ten şifresiz HTTP&apos;ye yönlendirme reddedildi</translation>
    </message>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation>%1 ms içinde tam bir yanıt gelmedi</translation>
    </message>
    <message>
        <source>invalid URL</source>
        <translation>geçersiz URL</translation>
    </message>
    <message>
        <source>answer larger than %1 bytes (Content-Length %2)</source>
        <translation>yanıt %1 bayttan büyük (Content-Length %2)</translation>
    </message>
    <message>
        <source>answer larger than %1 bytes</source>
        <translation>yanıt %1 bayttan büyük</translation>
    </message>
    <message>
        <source>redirect from HTTPS to %1 refused</source>
        <translation>HTTPS&apos;ten şu adrese yönlendirme reddedildi: %1</translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation>çok fazla yönlendirme (%1 taneden fazla)</translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation>boş yanıt</translation>
    </message>
</context>
<context>
    <name>Postaci::AutoconfigParser</name>
    <message>
        <source>unresolved entity &amp;%1;</source>
        <translation>çözülemeyen varlık &amp;%1;</translation>
    </message>
    <message>
        <source>%1 bytes, limit %2</source>
        <translation>%1 bayt, sınır %2</translation>
    </message>
    <message>
        <source>whitespace, control or invisible character in hostname or username</source>
        <translation>sunucu adında veya kullanıcı adında boşluk, denetim karakteri ya da görünmez karakter var</translation>
    </message>
</context>
<context>
    <name>Postaci::CandidateList</name>
    <message>
        <source>Server</source>
        <translation>Sunucu</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Güvenlik</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Güven</translation>
    </message>
    <message>
        <source>Server settings found</source>
        <translation>Bulunan sunucu ayarları</translation>
    </message>
    <message>
        <source>Trusted source</source>
        <translation>Güvenilir kaynak</translation>
    </message>
    <message>
        <source>Trusted source; note: %1</source>
        <translation>Güvenilir kaynak; not: %1</translation>
    </message>
    <message>
        <source>Check before use</source>
        <translation>Kullanmadan önce kontrol edin</translation>
    </message>
    <message>
        <source>Check before use: %1</source>
        <translation>Kullanmadan önce kontrol edin: %1</translation>
    </message>
    <message>
        <source>the server answered</source>
        <translation>sunucu yanıt verdi</translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation>sunucu yanıt vermedi</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Kullanıcı adı: %1</translation>
    </message>
</context>
<context>
    <name>Postaci::CertificateDialog</name>
    <message>
        <source>Certificate of %1</source>
        <translation>%1 sunucusunun sertifikası</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Sunucu:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Verilen:</translation>
    </message>
    <message>
        <source>Names it is valid for:</source>
        <translation>Geçerli olduğu adlar:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Veren:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Geçerlilik:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 ile %2 arası</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 parmak izi:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Şifreleme:</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Bulunan sorunlar:</translation>
    </message>
    <message>
        <source>Trust this certificate only if you know it is your server&apos;s, for example because the fingerprint above matches the one your provider or administrator gave you. Postacı will then accept exactly this certificate for %1, and warn again if it ever changes.</source>
        <translation>Bu sertifikaya yalnızca sunucunuza ait olduğunu biliyorsanız güvenin; örneğin yukarıdaki parmak izi, sağlayıcınızın veya sistem yöneticinizin size verdiğiyle aynıysa. Bundan sonra Postacı %1 için tam olarak bu sertifikayı kabul eder ve sertifika bir gün değişirse sizi yeniden uyarır.</translation>
    </message>
    <message>
        <source>I compared the fingerprint and this is my server&apos;s certificate</source>
        <translation>Parmak izini karşılaştırdım, bu benim sunucumun sertifikası</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Bu sertifikaya güven</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Trusted: you chose to trust exactly this certificate for this server.</source>
        <translation>Güvenilir: bu sunucu için tam olarak bu sertifikaya güvenmeyi siz seçtiniz.</translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation>Güven:</translation>
    </message>
</context>
<context>
    <name>Postaci::Cli::AccountsCommand</name>
    <message>
        <source>never tested</source>
        <translation>hiç test edilmedi</translation>
    </message>
    <message>
        <source>worked on %1</source>
        <translation>%1 tarihinde çalıştı</translation>
    </message>
    <message>
        <source>failed on %1 at %2 (%3)</source>
        <translation>%1 tarihinde %2 adımında başarısız oldu (%3)</translation>
    </message>
    <message>
        <source>Unknown accounts action &quot;%1&quot;.</source>
        <translation>Bilinmeyen accounts işlemi: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Tek bir JSON nesnesi yazdır.</translation>
    </message>
    <message>
        <source>&quot;list&quot; takes no arguments.</source>
        <translation>&quot;list&quot; argüman almaz.</translation>
    </message>
    <message>
        <source>No saved accounts. Add one with: postaci-cli accounts add --help</source>
        <translation>Kayıtlı hesap yok. Eklemek için: postaci-cli accounts add --help</translation>
    </message>
    <message>
        <source>password in keychain</source>
        <translation>parola anahtar zincirinde</translation>
    </message>
    <message>
        <source>no saved password</source>
        <translation>kayıtlı parola yok</translation>
    </message>
    <message>
        <source>&quot;show&quot; needs exactly one account id.</source>
        <translation>&quot;show&quot; tam olarak bir hesap kimliği ister.</translation>
    </message>
    <message>
        <source>Id:            %1</source>
        <translation>Kimlik:         %1</translation>
    </message>
    <message>
        <source>Name:          %1</source>
        <translation>Ad:             %1</translation>
    </message>
    <message>
        <source>Address:       %1</source>
        <translation>Adres:          %1</translation>
    </message>
    <message>
        <source>Also sends as: %1</source>
        <translation>Diğer adresler: %1</translation>
    </message>
    <message>
        <source>Server:        %1:%2</source>
        <translation>Sunucu:         %1:%2</translation>
    </message>
    <message>
        <source>Security:      %1</source>
        <translation>Güvenlik:       %1</translation>
    </message>
    <message>
        <source>Sign-in:       %1</source>
        <translation>Oturum açma:    %1</translation>
    </message>
    <message>
        <source>User name:     %1</source>
        <translation>Kullanıcı adı:  %1</translation>
    </message>
    <message>
        <source>Password:      %1</source>
        <translation>Parola:         %1</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>anahtar zincirinde</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>kaydedilmedi</translation>
    </message>
    <message>
        <source>Provider:      %1</source>
        <translation>Sağlayıcı:      %1</translation>
    </message>
    <message>
        <source>Last test:     %1</source>
        <translation>Son test:       %1</translation>
    </message>
    <message>
        <source>Remove the account even if its password cannot be deleted.</source>
        <translation>Parolası silinemese bile hesabı kaldır.</translation>
    </message>
    <message>
        <source>&quot;remove&quot; needs exactly one account id.</source>
        <translation>&quot;remove&quot; tam olarak bir hesap kimliği ister.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>E-posta adresi.</translation>
    </message>
    <message>
        <source>Outgoing (SMTP) server.</source>
        <translation>Giden posta (SMTP) sunucusu.</translation>
    </message>
    <message>
        <source>Port, 1-65535.</source>
        <translation>Port, 1-65535.</translation>
    </message>
    <message>
        <source>none, starttls or tls.</source>
        <translation>none, starttls veya tls.</translation>
    </message>
    <message>
        <source>User name (default: the address).</source>
        <translation>Kullanıcı adı (varsayılan: adresin kendisi).</translation>
    </message>
    <message>
        <source>Name shown for the account.</source>
        <translation>Hesap için gösterilecek ad.</translation>
    </message>
    <message>
        <source>Another sender address of this account.</source>
        <translation>Bu hesabın başka bir gönderen adresi.</translation>
    </message>
    <message>
        <source>Accept this server certificate (sha256:HEX).</source>
        <translation>Bu sunucu sertifikasını kabul et (sha256:HEX).</translation>
    </message>
    <message>
        <source>Allow the password to travel unencrypted (security none).</source>
        <translation>Parolanın şifrelenmeden iletilmesine izin ver (security none).</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Parolayı standart girdiden oku.</translation>
    </message>
    <message>
        <source>Save the account without a password.</source>
        <translation>Hesabı parolasız kaydet.</translation>
    </message>
    <message>
        <source>Provider of the catalog (default: found from the address); &quot;none&quot; for none.</source>
        <translation>Katalogdaki sağlayıcı (varsayılan: adresten bulunur); hiçbiri için &quot;none&quot;.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Passwords are never given as arguments: use --password-stdin.</source>
        <translation>Beklenmeyen argüman: &quot;%1&quot;. Parolalar hiçbir zaman argüman olarak verilmez: --password-stdin kullanın.</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>--%1 eksik.</translation>
    </message>
    <message>
        <source>Give exactly one of --password-stdin and --no-password.</source>
        <translation>--password-stdin ve --no-password seçeneklerinden tam olarak birini verin.</translation>
    </message>
    <message>
        <source>--%1 contains a line break or another control character.</source>
        <translation>--%1 bir satır sonu veya başka bir denetim karakteri içeriyor.</translation>
    </message>
    <message>
        <source>--email &quot;%1&quot;: %2</source>
        <translation>--email &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>--provider: no provider &quot;%1&quot; in the catalog.</source>
        <translation>--provider: katalogda &quot;%1&quot; adlı bir sağlayıcı yok.</translation>
    </message>
    <message>
        <source>%1: the password must be the provider&apos;s %2.</source>
        <translation>%1: parola, sağlayıcının belirttiği biçimde olmalı: %2.</translation>
    </message>
    <message>
        <source>Could not read the password from standard input: %1.</source>
        <translation>Parola standart girdiden okunamadı: %1.</translation>
    </message>
    <message>
        <source>The password does not meet these rules:</source>
        <translation>Parola şu kurallara uymuyor:</translation>
    </message>
    <message>
        <source>Removed the account %1 &lt;%2&gt;.</source>
        <translation>%1 &lt;%2&gt; hesabı kaldırıldı.</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>standart girdi okunamıyor</translation>
    </message>
    <message>
        <source>more than %1 bytes</source>
        <translation>%1 bayttan fazla</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>geçerli UTF-8 değil</translation>
    </message>
    <message>
        <source>Pinned:        %1</source>
        <translation>Sertifika:      %1</translation>
    </message>
    <message>
        <source>Usage:
  postaci-cli accounts list [--json]
  postaci-cli accounts show ID [--json]
  postaci-cli accounts remove ID [--force] [--json]
  postaci-cli accounts add --email ADDR --host H --port P --security none|starttls|tls
                           [--user U] [--name NAME] [--auth METHOD] [--alias ADDR]...
                           [--pin sha256:HEX]... [--allow-plaintext-auth]
                           [--provider ID|none] (--password-stdin | --no-password) [--json]
  postaci-cli accounts add ... --auth oauth2 --oauth-provider microsoft|google|yahoo|aol|custom
                           [--oauth-client-id ID] [--oauth-authorize-url URL --oauth-token-url URL
                           --oauth-scope S]
  postaci-cli accounts login ID [--no-browser] [--timeout SECONDS] [--ca-file PEM] [--json]
  postaci-cli accounts test (ID... | --all) [--send] [--deadline SECONDS] [--json]

The password is read from standard input and kept in the system keychain, never in a file.
It must have 8 to 32 characters with a digit, a lower-case and an upper-case letter, and
must not be the address or the part before the @; for a provider of the catalog that documents
its own format (such as a 16-letter app password) that format applies instead.
--force removes an account even when its password cannot be deleted from the keychain.
An OAuth2 account has no password: &quot;login&quot; opens the provider&apos;s sign-in page in the browser
(and prints its address), waits for the answer on 127.0.0.1, and keeps the tokens in the keychain.
</source>
        <translation>Kullanım:
  postaci-cli accounts list [--json]
  postaci-cli accounts show ID [--json]
  postaci-cli accounts remove ID [--force] [--json]
  postaci-cli accounts add --email ADDR --host H --port P --security none|starttls|tls
                           [--user U] [--name NAME] [--auth METHOD] [--alias ADDR]...
                           [--pin sha256:HEX]... [--allow-plaintext-auth]
                           [--provider ID|none] (--password-stdin | --no-password) [--json]
  postaci-cli accounts add ... --auth oauth2 --oauth-provider microsoft|google|yahoo|aol|custom
                           [--oauth-client-id ID] [--oauth-authorize-url URL --oauth-token-url URL
                           --oauth-scope S]
  postaci-cli accounts login ID [--no-browser] [--timeout SECONDS] [--ca-file PEM] [--json]
  postaci-cli accounts test (ID... | --all) [--send] [--deadline SECONDS] [--json]

Parola standart girdiden okunur ve bir dosyada değil, sistemin anahtar zincirinde saklanır.
8 ile 32 karakter arasında olmalı, en az bir rakam, bir küçük ve bir büyük harf içermeli;
adresin kendisi veya @ işaretinden önceki kısmı olmamalı. Katalogdaki bir sağlayıcı kendi
parola biçimini belirtiyorsa (örneğin 16 harfli bir uygulama parolası) onun yerine o biçim geçerlidir.
--force, parolası anahtar zincirinden silinemese bile hesabı kaldırır.
OAuth2 hesabının parolası yoktur: &quot;login&quot; sağlayıcının oturum açma sayfasını tarayıcıda açar
(adresini de yazdırır), yanıtı 127.0.0.1 üzerinde bekler ve belirteçleri anahtar zincirinde saklar.
</translation>
    </message>
    <message>
        <source>OAuth2 (%1)</source>
        <translation>OAuth2 (%1)</translation>
    </message>
    <message>
        <source>OAuth2:        %1, client id %2</source>
        <translation>OAuth2:         %1, istemci kimliği %2</translation>
    </message>
    <message>
        <source>Token address: %1</source>
        <translation>Belirteç adresi: %1</translation>
    </message>
    <message>
        <source>auto, none, plain, login, cram-md5, xoauth2, oauthbearer or oauth2.</source>
        <translation>auto, none, plain, login, cram-md5, xoauth2, oauthbearer veya oauth2.</translation>
    </message>
    <message>
        <source>OAuth2 provider: microsoft, google, yahoo, aol or custom.</source>
        <translation>OAuth2 sağlayıcısı: microsoft, google, yahoo, aol veya custom.</translation>
    </message>
    <message>
        <source>OAuth2 client id registered for Postacı.</source>
        <translation>Postacı için kaydedilmiş OAuth2 istemci kimliği.</translation>
    </message>
    <message>
        <source>OAuth2 authorization endpoint.</source>
        <translation>OAuth2 yetkilendirme adresi.</translation>
    </message>
    <message>
        <source>OAuth2 token endpoint.</source>
        <translation>OAuth2 belirteç adresi.</translation>
    </message>
    <message>
        <source>OAuth2 scope.</source>
        <translation>OAuth2 kapsamı.</translation>
    </message>
    <message>
        <source>An OAuth2 account has no password: add it without --password-stdin, then sign in with &quot;postaci-cli accounts login ID&quot;.</source>
        <translation>OAuth2 hesabının parolası yoktur: hesabı --password-stdin olmadan ekleyin, sonra &quot;postaci-cli accounts login ID&quot; ile oturum açın.</translation>
    </message>
    <message>
        <source>--oauth-provider needs --auth oauth2.</source>
        <translation>--oauth-provider, --auth oauth2 ister.</translation>
    </message>
    <message>
        <source>%1 signs in with OAuth2: add the account with --auth oauth2 --oauth-provider %2.</source>
        <translation>%1 OAuth2 ile oturum açar: hesabı --auth oauth2 --oauth-provider %2 ile ekleyin.</translation>
    </message>
    <message>
        <source>--auth oauth2 needs --oauth-provider (%1).</source>
        <translation>--auth oauth2, --oauth-provider ister (%1).</translation>
    </message>
    <message>
        <source>--oauth-provider: &quot;%1&quot; is not one of %2.</source>
        <translation>--oauth-provider: &quot;%1&quot;, şunlardan biri değil: %2.</translation>
    </message>
    <message>
        <source>Sign in with %1: postaci-cli accounts login %2</source>
        <translation>%1 ile oturum açın: postaci-cli accounts login %2</translation>
    </message>
    <message>
        <source>Do not open a browser; only print the address.</source>
        <translation>Tarayıcı açma; yalnızca adresi yazdır.</translation>
    </message>
    <message>
        <source>Wait at most this many seconds for the sign-in (default 300).</source>
        <translation>Oturum açma için en fazla bu kadar saniye bekle (varsayılan 300).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Bu PEM dosyasındaki CA sertifikalarına da güven.</translation>
    </message>
    <message>
        <source>&quot;login&quot; needs exactly one account id.</source>
        <translation>&quot;login&quot; tam olarak bir hesap kimliği ister.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to %1.</source>
        <translation>--timeout, 1 ile %1 arasında bir saniye sayısı olmalı.</translation>
    </message>
    <message>
        <source>The account %1 signs in with a password, not OAuth2; there is nothing to sign in to.</source>
        <translation>%1 hesabı OAuth2 ile değil parolayla oturum açıyor; burada açılacak bir oturum yok.</translation>
    </message>
    <message>
        <source>To sign in with %1, open this address in a browser:</source>
        <translation>%1 ile oturum açmak için bu adresi bir tarayıcıda açın:</translation>
    </message>
    <message>
        <source>Waiting for the answer on 127.0.0.1:%1 (at most %2 s)…</source>
        <translation>Yanıt 127.0.0.1:%1 üzerinde bekleniyor (en fazla %2 sn)…</translation>
    </message>
    <message>
        <source>No browser could be opened; open the address above yourself.</source>
        <translation>Tarayıcı açılamadı; yukarıdaki adresi kendiniz açın.</translation>
    </message>
    <message>
        <source>The browser answered; completing the sign-in…</source>
        <translation>Tarayıcı yanıt verdi; oturum açma tamamlanıyor…</translation>
    </message>
    <message>
        <source>Signed in with %1; the sign-in is kept in the keychain.</source>
        <translation>%1 ile oturum açıldı; oturum anahtar zincirinde saklanıyor.</translation>
    </message>
</context>
<context>
    <name>Postaci::Cli::AccountsTestCommand</name>
    <message>
        <source>Tests saved accounts again, all at once: signs in (and with --send also sends a test message to the account&apos;s own address). Exit code 0: every account works; 10: at least one no longer works; 9: the keychain cannot be reached.</source>
        <translation>Kayıtlı hesapları hepsi birlikte yeniden test eder: oturum açar (--send ile ayrıca hesabın kendi adresine bir test iletisi gönderir). Çıkış kodu 0: her hesap çalışıyor; 10: en az biri artık çalışmıyor; 9: anahtar zincirine ulaşılamıyor.</translation>
    </message>
    <message>
        <source>Test every saved account.</source>
        <translation>Kayıtlı her hesabı test et.</translation>
    </message>
    <message>
        <source>Also send the test message.</source>
        <translation>Test iletisini de gönder.</translation>
    </message>
    <message>
        <source>Time limit for each account, in seconds (default 90).</source>
        <translation>Her hesap için saniye cinsinden süre sınırı (varsayılan 90).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Tek bir JSON nesnesi yazdır.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Bu yardımı göster.</translation>
    </message>
    <message>
        <source>The account&apos;s id (see postaci-cli accounts list).</source>
        <translation>Hesabın kimliği (bkz. postaci-cli accounts list).</translation>
    </message>
    <message>
        <source>give account ids or --all, not both and not neither.</source>
        <translation>hesap kimlikleri veya --all verin; ikisini birden değil, ikisinden birini.</translation>
    </message>
    <message>
        <source>--deadline: &quot;%1&quot; is not a number of seconds between 0 and 3600.</source>
        <translation>--deadline: &quot;%1&quot;, 0 ile 3600 arasında bir saniye sayısı değil.</translation>
    </message>
    <message>
        <source>No saved accounts. Add one with: postaci-cli accounts add --help</source>
        <translation>Kayıtlı hesap yok. Eklemek için: postaci-cli accounts add --help</translation>
    </message>
    <message numerus="yes">
        <source>certificate: %n day(s) left</source>
        <translation>
            <numerusform>sertifika: %n gün kaldı</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Uyarı: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
</context>
<context>
    <name>Postaci::Cli::CheckDomainCommand</name>
    <message>
        <source>✔ pass</source>
        <translation>✔ geçer</translation>
    </message>
    <message>
        <source>⚠ warn</source>
        <translation>⚠ uyarı</translation>
    </message>
    <message>
        <source>✘ fail</source>
        <translation>✘ başarısız</translation>
    </message>
    <message>
        <source>– none</source>
        <translation>– yok</translation>
    </message>
    <message>
        <source>Will my mail arrive? Checks the DNS records of the sender&apos;s domain that receivers judge mail by:
MX, SPF (is the sending server authorised?), DMARC, DKIM keys, MTA-STS and TLS-RPT. For each
check that fails or warns it says what to publish.

Exit codes: 0 nothing fails; 10 at least one check fails; 3 DNS could not be asked at all;
2 bad usage or an invalid address or domain.</source>
        <translation>Postalarım ulaşacak mı? Alıcıların postayı değerlendirirken baktığı, gönderen alan adının DNS kayıtlarını
denetler: MX, SPF (gönderen sunucu yetkili mi?), DMARC, DKIM anahtarları, MTA-STS ve TLS-RPT. Başarısız
olan ya da uyarı veren her denetim için neyin yayımlanacağını söyler.

Çıkış kodları: 0 hiçbir denetim başarısız değil; 10 en az bir denetim başarısız; 3 DNS&apos;e hiç sorulamadı;
2 hatalı kullanım ya da geçersiz adres veya alan adı.</translation>
    </message>
    <message>
        <source>The sender&apos;s e-mail address or domain.</source>
        <translation>Gönderenin e-posta adresi veya alan adı.</translation>
    </message>
    <message>
        <source>Check for the server of this saved account (and its address).</source>
        <translation>Bu kayıtlı hesabın sunucusu (ve adresi) için denetle.</translation>
    </message>
    <message>
        <source>Check for this sending server (its SPF authorisation).</source>
        <translation>Bu gönderen sunucu için denetle (SPF yetkisi).</translation>
    </message>
    <message>
        <source>Deadline for all DNS questions in seconds (default 10).</source>
        <translation>Tüm DNS soruları için saniye cinsinden süre sınırı (varsayılan 10).</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Metin yerine tek bir JSON nesnesi yazdır.</translation>
    </message>
    <message>
        <source>Give exactly one e-mail address or domain to check.</source>
        <translation>Denetlenecek tam olarak bir e-posta adresi veya alan adı verin.</translation>
    </message>
    <message>
        <source>--account and --host both name the server: give one of them.</source>
        <translation>--account ve --host ikisi de sunucuyu belirtir: yalnızca birini verin.</translation>
    </message>
    <message>
        <source>The address contains a control character (such as a line break); it is refused.</source>
        <translation>Adres bir denetim karakteri (örneğin satır sonu) içeriyor; reddedildi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a valid e-mail address nor a valid domain.</source>
        <translation>&quot;%1&quot; ne geçerli bir e-posta adresi ne de geçerli bir alan adı.</translation>
    </message>
    <message>
        <source>An address literal such as %1 has no DNS records to check.</source>
        <translation>%1 gibi bir adres değişmezinin denetlenecek DNS kaydı yoktur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>&quot;%1&quot; geçerli bir sunucu adı değil.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 0 and 600.</source>
        <translation>--timeout 0 ile 600 arasında bir saniye değeri ister.</translation>
    </message>
    <message>
        <source>Checking the DNS records of %1, for at most %2 s…</source>
        <translation>%1 alan adının DNS kayıtları denetleniyor, en fazla %2 sn…</translation>
    </message>
    <message>
        <source>%1 of %2 DNS answers</source>
        <translation>%2 DNS yanıtından %1 tanesi geldi</translation>
    </message>
    <message>
        <source>Will mail from %1 arrive?</source>
        <translation>%1 adresinden gönderilen posta ulaşacak mı?</translation>
    </message>
    <message>
        <source>Will mail from %1 sent through %2 arrive?</source>
        <translation>%1 adresinden %2 üzerinden gönderilen posta ulaşacak mı?</translation>
    </message>
    <message>
        <source>Server addresses: %1</source>
        <translation>Sunucu adresleri: %1</translation>
    </message>
    <message>
        <source>record: %1</source>
        <translation>kayıt: %1</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>düzeltme: %1</translation>
    </message>
    <message>
        <source>SPF for %1: %2 (%3)</source>
        <translation>%1 için SPF: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Postaci::Cli::ExportCommand</name>
    <message>
        <source>Writes a saved account&apos;s settings for another program. The password is never written: msmtp and swaks read it from the keychain themselves.</source>
        <translation>Kayıtlı bir hesabın ayarlarını başka bir program için yazar. Parola asla yazılmaz: msmtp ve swaks onu anahtar zincirinden kendileri okur.</translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation>Şunlardan biri: %1.</translation>
    </message>
    <message>
        <source>Write into FILE (atomically) instead of standard output.</source>
        <translation>Standart çıktı yerine DOSYA içine (bölünmeden, tek seferde) yaz.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Tek bir JSON nesnesi yazdır.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Bu yardımı göster.</translation>
    </message>
    <message>
        <source>The account&apos;s id (see postaci-cli accounts list).</source>
        <translation>Hesabın kimliği (bkz. postaci-cli accounts list).</translation>
    </message>
    <message>
        <source>give exactly one account id (see --help).</source>
        <translation>tam olarak bir hesap kimliği verin (bkz. --help).</translation>
    </message>
    <message>
        <source>--format is required: %1.</source>
        <translation>--format gerekli: %1.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of %2.</source>
        <translation>--format: &quot;%1&quot;, şunlardan biri değil: %2.</translation>
    </message>
    <message>
        <source>DNS records to publish (RFC 6186, RFC 8314):</source>
        <translation>Yayımlanacak DNS kayıtları (RFC 6186, RFC 8314):</translation>
    </message>
</context>
<context>
    <name>Postaci::Cli::LookupCommand</name>
    <message>
        <source>provider&apos;s autoconfig (HTTPS)</source>
        <translation>sağlayıcının kendi autoconfig dosyası (HTTPS)</translation>
    </message>
    <message>
        <source>Thunderbird ISPDB (HTTPS)</source>
        <translation>Thunderbird ISPDB (HTTPS)</translation>
    </message>
    <message>
        <source>built-in catalog</source>
        <translation>yerleşik katalog</translation>
    </message>
    <message>
        <source>DNS SRV record</source>
        <translation>DNS SRV kaydı</translation>
    </message>
    <message>
        <source>from the MX record</source>
        <translation>MX kaydından</translation>
    </message>
    <message>
        <source>guessed and probed</source>
        <translation>tahmin edilip denendi</translation>
    </message>
    <message>
        <source>autoconfig over plain HTTP</source>
        <translation>düz HTTP üzerinden autoconfig</translation>
    </message>
    <message>
        <source>came over plain HTTP: anyone on the network path could have forged it</source>
        <translation>düz HTTP üzerinden geldi: ağ yolundaki herkes bunu sahte olarak üretebilirdi</translation>
    </message>
    <message>
        <source>comes from a DNS answer that could not be checked with DNSSEC</source>
        <translation>DNSSEC ile doğrulanamayan bir DNS yanıtından geliyor</translation>
    </message>
    <message>
        <source>the server is outside your domain and not a known provider: make sure you expect it</source>
        <translation>sunucu alan adınızın dışında ve bilinen bir sağlayıcıya ait değil: beklediğiniz bir sunucu olduğundan emin olun</translation>
    </message>
    <message>
        <source>no encryption: your password would travel readable by anyone on the path</source>
        <translation>şifreleme yok: parolanız, yoldaki herkesin okuyabileceği biçimde iletilir</translation>
    </message>
    <message>
        <source>port 25 is often blocked by Internet providers for home users; prefer 465 or 587</source>
        <translation>25 portu, İnternet servis sağlayıcıları tarafından ev kullanıcılarına sıklıkla kapatılır; 465 veya 587 portunu tercih edin</translation>
    </message>
    <message>
        <source>nobody published this: it was found by trying</source>
        <translation>bunu kimse yayımlamadı: deneyerek bulundu</translation>
    </message>
    <message>
        <source>found</source>
        <translation>bulundu</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>bulunamadı</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>zaman aşımı</translation>
    </message>
    <message>
        <source>error</source>
        <translation>hata</translation>
    </message>
    <message>
        <source>(your address)</source>
        <translation>(adresiniz)</translation>
    </message>
    <message>
        <source>&lt;your address&gt;</source>
        <translation>&lt;adresiniz&gt;</translation>
    </message>
    <message>
        <source>&lt;name before @&gt;</source>
        <translation>&lt;@ işaretinden önceki ad&gt;</translation>
    </message>
    <message>
        <source>&lt;domain&gt;</source>
        <translation>&lt;alan adı&gt;</translation>
    </message>
    <message>
        <source>Finds a provider&apos;s SMTP settings from an e-mail address or a domain. Every source is asked at once:
the built-in catalog, the provider&apos;s own autoconfig (HTTPS), the Thunderbird ISPDB, DNS (SRV and MX)
and guessing (smtp., mail. and the domain itself, probed without any credentials). Each suggestion
says where it came from and whether it can be trusted.

Exit codes: 0 settings found; 1 nothing found (the output says where Postacı looked, what each
place answered and what to try); 2 bad usage or an invalid address or domain.</source>
        <translation>Bir e-posta adresinden veya alan adından, sağlayıcının SMTP ayarlarını bulur. Tüm kaynaklara aynı anda sorulur:
yerleşik katalog, sağlayıcının kendi autoconfig dosyası (HTTPS), Thunderbird ISPDB, DNS (SRV ve MX)
ve tahmin (smtp., mail. ve alan adının kendisi; hiçbir kimlik bilgisi gönderilmeden denenir). Her öneri
nereden geldiğini ve ona güvenilip güvenilemeyeceğini belirtir.

Çıkış kodları: 0 ayar bulundu; 1 hiçbir şey bulunamadı (çıktı, Postacı&apos;nın nereye baktığını, her yerin ne
yanıt verdiğini ve ne denenebileceğini söyler); 2 hatalı kullanım veya geçersiz adres ya da alan adı.</translation>
    </message>
    <message>
        <source>The e-mail address or the domain to look up.</source>
        <translation>Aranacak e-posta adresi veya alan adı.</translation>
    </message>
    <message>
        <source>Use only the built-in catalog (instant, no network).</source>
        <translation>Yalnızca yerleşik kataloğu kullan (anında, ağ gerekmez).</translation>
    </message>
    <message>
        <source>Connect to every suggested server (greeting, EHLO, TLS; never a password) and mark it verified.</source>
        <translation>Önerilen her sunucuya bağlan (karşılama, EHLO, TLS; asla parola gönderilmez) ve doğrulandı olarak işaretle.</translation>
    </message>
    <message>
        <source>Base URL of the ISPDB to ask (HTTPS; default: the setting, else Thunderbird&apos;s).</source>
        <translation>Sorulacak ISPDB&apos;nin temel URL&apos;si (HTTPS; varsayılan: ayardaki değer, yoksa Thunderbird&apos;ünki).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (for servers with a private CA).</source>
        <translation>Bu PEM dosyasındaki CA sertifikalarına da güven (özel CA kullanan sunucular için).</translation>
    </message>
    <message>
        <source>Overall deadline in seconds (default 10): what is found by then is reported.</source>
        <translation>Saniye cinsinden toplam süre sınırı (varsayılan 10): o ana kadar bulunanlar bildirilir.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Metin yerine tek bir JSON nesnesi yazdır.</translation>
    </message>
    <message>
        <source>Give exactly one e-mail address or domain to look up.</source>
        <translation>Aranacak tam olarak bir e-posta adresi veya alan adı verin.</translation>
    </message>
    <message>
        <source>The address contains a control character (such as a line break); it is refused.</source>
        <translation>Adres bir denetim karakteri (örneğin satır sonu) içeriyor; kabul edilmedi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>&quot;%1&quot; geçerli bir e-posta adresi değil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a valid e-mail address nor a valid domain.</source>
        <translation>&quot;%1&quot; ne geçerli bir e-posta adresi ne de geçerli bir alan adı.</translation>
    </message>
    <message>
        <source>--offline uses only the built-in catalog: it cannot be combined with --probe or --ispdb-url.</source>
        <translation>--offline yalnızca yerleşik kataloğu kullanır: --probe veya --ispdb-url ile birlikte kullanılamaz.</translation>
    </message>
    <message>
        <source>--ispdb-url must be an https:// URL: ISPDB answers are trusted, so they must not travel in clear.</source>
        <translation>--ispdb-url bir https:// adresi olmalı: ISPDB yanıtlarına güvenilir, bu yüzden şifresiz iletilmemeliler.</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; dosyasından hiçbir PEM sertifikası okunamadı.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 0 and 600.</source>
        <translation>--timeout için 0 ile 600 arasında bir saniye değeri gerekir.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No SMTP settings found for %1.</source>
        <translation>%1 için SMTP ayarı bulunamadı.</translation>
    </message>
    <message>
        <source>Some sources did not answer before the deadline (%1 ms).</source>
        <translation>Bazı kaynaklar süre dolmadan yanıt vermedi (%1 ms).</translation>
    </message>
    <message>
        <source>Where Postacı looked and what each place answered:</source>
        <translation>Postacı&apos;nın baktığı yerler ve her birinin yanıtı:</translation>
    </message>
    <message>
        <source>What to try:</source>
        <translation>Deneyebilecekleriniz:</translation>
    </message>
    <message>
        <source>Ask your e-mail provider (or whoever hosts %1) for its SMTP server, port, security and user name.</source>
        <translation>E-posta sağlayıcınıza (ya da %1 alan adını barındıran firmaya) SMTP sunucusunu, portu, güvenlik türünü ve kullanıcı adını sorun.</translation>
    </message>
    <message>
        <source>Hosting companies often use mail.%1 on port 465 (SSL/TLS) or 587 (STARTTLS); check it with:</source>
        <translation>Barındırma firmaları genellikle 465 (SSL/TLS) veya 587 (STARTTLS) portunda mail.%1 sunucusunu kullanır; şununla kontrol edin:</translation>
    </message>
    <message>
        <source>If you are offline or behind a firewall, run the lookup again once the network works.</source>
        <translation>Çevrimdışıysanız veya bir güvenlik duvarının arkasındaysanız, ağ çalışır hâle gelince aramayı yeniden yapın.</translation>
    </message>
    <message>
        <source>SMTP settings for %1, best first:</source>
        <translation>%1 için SMTP ayarları, en iyisi başta:</translation>
    </message>
    <message>
        <source>(Partial: some sources did not answer within %1 ms.)</source>
        <translation>(Eksik: bazı kaynaklar %1 ms içinde yanıt vermedi.)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Sunucu</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Güvenlik</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Güven</translation>
    </message>
    <message>
        <source>✔ trusted</source>
        <translation>✔ güvenilir</translation>
    </message>
    <message>
        <source>⚠ check</source>
        <translation>⚠ kontrol edin</translation>
    </message>
    <message>
        <source>· verified</source>
        <translation>· doğrulandı</translation>
    </message>
    <message>
        <source>· probe failed</source>
        <translation>· deneme başarısız</translation>
    </message>
    <message>
        <source>confirmed by: %1</source>
        <translation>doğrulayan kaynaklar: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Sağlayıcı: %1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Parola: %1</translation>
    </message>
    <message>
        <source>How to get one: %1</source>
        <translation>Nasıl alınır: %1</translation>
    </message>
    <message>
        <source>Where Postacı looked:</source>
        <translation>Postacı&apos;nın baktığı yerler:</translation>
    </message>
    <message>
        <source>Only the built-in catalog was asked (--offline): run without --offline to ask the network too.</source>
        <translation>Yalnızca yerleşik katalog soruldu (--offline): ağa da sormak için --offline olmadan çalıştırın.</translation>
    </message>
    <message>
        <source>Looking up %1: asking every source at once, for at most %2 s…</source>
        <translation>%1 aranıyor: tüm kaynaklara aynı anda, en fazla %2 sn boyunca soruluyor…</translation>
    </message>
    <message>
        <source>%1: %2 (%3 ms)</source>
        <translation>%1: %2 (%3 ms)</translation>
    </message>
</context>
<context>
    <name>Postaci::Cli::ProbeCommand</name>
    <message>
        <source>SMTP server name or address.</source>
        <translation>SMTP sunucusunun adı veya adresi.</translation>
    </message>
    <message>
        <source>Port (default: 465 with --security tls, 25 with none, else 587).</source>
        <translation>Port (varsayılan: --security tls ile 465, none ile 25, aksi hâlde 587).</translation>
    </message>
    <message>
        <source>none, starttls or tls (default: tls on port 465, else starttls).</source>
        <translation>none, starttls veya tls (varsayılan: 465 portunda tls, aksi hâlde starttls).</translation>
    </message>
    <message>
        <source>auto, none, plain, login, cram-md5 or xoauth2 (default: auto, the strongest the server offers).</source>
        <translation>auto, none, plain, login, cram-md5 veya xoauth2 (varsayılan: auto, sunucunun sunduğu en güçlü yöntem).</translation>
    </message>
    <message>
        <source>User name for the login.</source>
        <translation>Oturum açmak için kullanıcı adı.</translation>
    </message>
    <message>
        <source>Read the password (or the XOAUTH2 token) from standard input.</source>
        <translation>Parolayı (veya XOAUTH2 belirtecini) standart girdiden oku.</translation>
    </message>
    <message>
        <source>Read the password (or the XOAUTH2 token) from the environment variable VAR.</source>
        <translation>Parolayı (veya XOAUTH2 belirtecini) VAR ortam değişkeninden oku.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Bu PEM dosyasındaki CA sertifikalarına da güven.</translation>
    </message>
    <message>
        <source>Accept the server certificate whose SHA-256 fingerprint is HEX, even if it is not trusted otherwise (may be repeated).</source>
        <translation>SHA-256 parmak izi HEX olan sunucu sertifikasını, başka türlü güvenilir olmasa bile kabul et (birden çok kez verilebilir).</translation>
    </message>
    <message>
        <source>With --security none: allow the password to travel unencrypted.</source>
        <translation>--security none ile: parolanın şifrelenmeden iletilmesine izin ver.</translation>
    </message>
    <message>
        <source>Time limit for each step, in seconds.</source>
        <translation>Her adım için saniye cinsinden süre sınırı.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Sonucu tek bir JSON nesnesi olarak yazdır.</translation>
    </message>
    <message>
        <source>Print the SMTP conversation to standard error (passwords are never shown).</source>
        <translation>SMTP konuşmasını standart hataya yazdır (parolalar asla gösterilmez).</translation>
    </message>
    <message>
        <source>Use a saved account (its server, user name and keychain password); other flags override it.</source>
        <translation>Kayıtlı bir hesabı kullan (sunucusu, kullanıcı adı ve anahtar zincirindeki parolası); diğer seçenekler bunları geçersiz kılar.</translation>
    </message>
    <message>
        <source>Sender address, optionally as &quot;Name &lt;address&gt;&quot; (default: the account&apos;s address).</source>
        <translation>Gönderen adresi, isteğe bağlı olarak &quot;Ad &lt;adres&gt;&quot; biçiminde (varsayılan: hesabın adresi).</translation>
    </message>
    <message>
        <source>Recipient address (default: the sender).</source>
        <translation>Alıcı adresi (varsayılan: gönderen).</translation>
    </message>
    <message>
        <source>Subject of the test message.</source>
        <translation>Test iletisinin konusu.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Bu yardımı göster.</translation>
    </message>
    <message>
        <source>Usage: %1 --host H [--port P] [--security none|starttls|tls] [OPTIONS]

Connects to an SMTP server and checks the greeting, TLS and, when credentials are given, the login;
then says QUIT. Nothing is sent.
</source>
        <translation>Kullanım: %1 --host H [--port P] [--security none|starttls|tls] [SEÇENEKLER]

Bir SMTP sunucusuna bağlanır; karşılamayı, TLS&apos;yi ve kimlik bilgileri verildiyse oturum açmayı kontrol eder;
ardından QUIT der. Hiçbir şey gönderilmez.
</translation>
    </message>
    <message>
        <source>Usage: %1 (--account ID | --host H [--port P] [--security S] ...) --from ADDR [--to ADDR] [OPTIONS]

Sends a test e-mail (to the sender itself when --to is absent) and reports each step.
The recipient&apos;s domain is checked to accept mail before anything is sent.
</source>
        <translation>Kullanım: %1 (--account ID | --host H [--port P] [--security S] ...) --from ADDR [--to ADDR] [SEÇENEKLER]

Bir test e-postası gönderir (--to verilmezse gönderenin kendisine) ve her adımı bildirir.
Herhangi bir şey gönderilmeden önce alıcının alan adının e-posta kabul ettiği kontrol edilir.
</translation>
    </message>
    <message>
        <source>
Passwords are never taken as an argument: use --password-stdin or --password-env VAR.
Exit codes: 0 success, 2 bad usage or input, 3 connection, 4 TLS or certificate, 5 login,
6 refused by the server, 7 timeout, 8 protocol violation, 9 keychain, 1 anything else.
</source>
        <translation>
Parolalar hiçbir zaman argüman olarak alınmaz: --password-stdin veya --password-env VAR kullanın.
Çıkış kodları: 0 başarılı, 2 hatalı kullanım veya girdi, 3 bağlantı, 4 TLS veya sertifika, 5 oturum açma,
6 sunucu reddetti, 7 zaman aşımı, 8 protokol ihlali, 9 anahtar zinciri, 1 diğer her şey.
</translation>
    </message>
    <message>
        <source>there is no --password option: a password on the command line can be read by every user of this computer and stays in the shell history. Use --password-stdin or --password-env VAR.</source>
        <translation>--password diye bir seçenek yok: komut satırındaki bir parolayı bu bilgisayarın tüm kullanıcıları okuyabilir ve parola kabuk geçmişinde kalır. --password-stdin veya --password-env VAR kullanın.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (see --help).</source>
        <translation>beklenmeyen argüman: &quot;%1&quot; (bkz. --help).</translation>
    </message>
    <message>
        <source>--account needs the id of a saved account (see &quot;postaci-cli accounts list&quot;).</source>
        <translation>--account kayıtlı bir hesabın kimliğini ister (bkz. &quot;postaci-cli accounts list&quot;).</translation>
    </message>
    <message>
        <source>--password-stdin and --password-env cannot be used together.</source>
        <translation>--password-stdin ve --password-env birlikte kullanılamaz.</translation>
    </message>
    <message>
        <source>--password-env: the environment variable &quot;%1&quot; is not set.</source>
        <translation>--password-env: &quot;%1&quot; ortam değişkeni tanımlı değil.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Parola: </translation>
    </message>
    <message>
        <source>--password-stdin: standard input cannot be read.</source>
        <translation>--password-stdin: standart girdi okunamıyor.</translation>
    </message>
    <message>
        <source>%1: the password is empty.</source>
        <translation>%1: parola boş.</translation>
    </message>
    <message>
        <source>%1: the password contains a line break or a NUL character.</source>
        <translation>%1: parola bir satır sonu veya NUL karakteri içeriyor.</translation>
    </message>
    <message>
        <source>--host: &quot;%1&quot; is not a valid host name or address.</source>
        <translation>--host: &quot;%1&quot; geçerli bir sunucu adı veya adresi değil.</translation>
    </message>
    <message>
        <source>--ca-file: &quot;%1&quot; cannot be read.</source>
        <translation>--ca-file: &quot;%1&quot; okunamıyor.</translation>
    </message>
    <message>
        <source>--ca-file: &quot;%1&quot; contains no PEM certificate.</source>
        <translation>--ca-file: &quot;%1&quot; hiçbir PEM sertifikası içermiyor.</translation>
    </message>
    <message>
        <source>--timeout: &quot;%1&quot; is not a number of seconds between 0 and 3600.</source>
        <translation>--timeout: &quot;%1&quot;, 0 ile 3600 arasında bir saniye değeri değil.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <source>--host is required (or --account ID).</source>
        <translation>--host gerekli (veya --account ID).</translation>
    </message>
    <message>
        <source>--host is required.</source>
        <translation>--host gerekli.</translation>
    </message>
    <message>
        <source>--user is required with a password.</source>
        <translation>Parola verildiğinde --user gerekli.</translation>
    </message>
    <message>
        <source>--user needs a password: use --password-stdin or --password-env VAR.</source>
        <translation>--user bir parola gerektirir: --password-stdin veya --password-env VAR kullanın.</translation>
    </message>
    <message>
        <source>--auth %1 needs --user and a password (--password-stdin or --password-env VAR).</source>
        <translation>--auth %1 için --user ve bir parola gerekir (--password-stdin veya --password-env VAR).</translation>
    </message>
    <message>
        <source>--from is required: the sender&apos;s address (the account&apos;s own address or one of its aliases).</source>
        <translation>--from gerekli: gönderenin adresi (hesabın kendi adresi veya takma adlarından biri).</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a valid address: %2</source>
        <translation>--from: &quot;%1&quot; geçerli bir adres değil: %2</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not a valid address: %2</source>
        <translation>--to: &quot;%1&quot; geçerli bir adres değil: %2</translation>
    </message>
    <message>
        <source>Checking %1 (%2)…</source>
        <translation>%1 kontrol ediliyor (%2)…</translation>
    </message>
    <message>
        <source>Sending a test message to %1 through %2 (%3)…</source>
        <translation>%2 (%3) üzerinden %1 adresine test iletisi gönderiliyor…</translation>
    </message>
    <message>
        <source>Success: the server accepted the test message.</source>
        <translation>Başarılı: sunucu test iletisini kabul etti.</translation>
    </message>
    <message>
        <source>Queue id: %1</source>
        <translation>Kuyruk kimliği: %1</translation>
    </message>
    <message>
        <source>Test id: %1 (search for it in the mailbox of %2)</source>
        <translation>Test kimliği: %1 (bunu %2 adresinin posta kutusunda arayın)</translation>
    </message>
    <message>
        <source>Success: %1 port %2 works with these settings.</source>
        <translation>Başarılı: %1 sunucusunun %2 portu bu ayarlarla çalışıyor.</translation>
    </message>
    <message>
        <source>TLS: %1, %2</source>
        <translation>TLS: %1, %2</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Sertifika: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Login: none (no credentials given)</source>
        <translation>Oturum açma: yok (kimlik bilgisi verilmedi)</translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation>Oturum açma: %1</translation>
    </message>
    <message>
        <source>Round trips: %1</source>
        <translation>Gidiş-dönüş sayısı: %1</translation>
    </message>
    <message>
        <source>Failed at step &quot;%1&quot;: %2.</source>
        <translation>&quot;%1&quot; adımında başarısız oldu: %2.</translation>
    </message>
    <message>
        <source>Server reply: %1</source>
        <translation>Sunucu yanıtı: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Ayrıntı: %1</translation>
    </message>
    <message>
        <source>Send even when DNS says the recipient&apos;s domain takes no mail (a domain only your own server knows).</source>
        <translation>DNS alıcının alan adının e-posta almadığını söylese bile gönder (yalnızca kendi sunucunuzun bildiği bir alan adı).</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Gönderilmedi: %1</translation>
    </message>
</context>
<context>
    <name>Postaci::Cli::SessionPrinter</name>
    <message>
        <source>Warning: %1</source>
        <translation>Uyarı: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>Postaci::CredentialsPage</name>
    <message>
        <source>Signing in</source>
        <translation>Oturum açma</translation>
    </message>
    <message>
        <source>The user name and password the server asks for. Usually the user name is your e-mail address.</source>
        <translation>Sunucunun istediği kullanıcı adı ve parola. Kullanıcı adı genellikle e-posta adresinizdir.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Parolayı göster</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Parolayı göster veya gizle</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>Parolayı sistemin anahtar &amp;zincirinde sakla</translation>
    </message>
    <message>
        <source>Postacı never writes the password to a file. Without the keychain, it asks for the password each time you test.</source>
        <translation>Postacı parolayı asla bir dosyaya yazmaz. Anahtar zinciri olmadan, her testte parolayı sorar.</translation>
    </message>
    <message>
        <source>I understand that without encryption my password travels &amp;unencrypted and anyone on the network path can read it.</source>
        <translation>Parolamın &amp;şifrelenmeden iletileceğini ve ağ yolundaki herkesin onu okuyabileceğini anlıyorum.</translation>
    </message>
    <message>
        <source>The sign-in method is &quot;No sign-in&quot;: the server will be used without a user name or password.</source>
        <translation>Oturum açma yöntemi &quot;Oturum açmadan&quot;: sunucu kullanıcı adı ve parola olmadan kullanılacak.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Gizle</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Parolayı gizle</translation>
    </message>
    <message>
        <source>Reading the saved password from the keychain…</source>
        <translation>Kayıtlı parola anahtar zincirinden okunuyor…</translation>
    </message>
    <message>
        <source>The saved password could not be read: %1 Type it again.</source>
        <translation>Kayıtlı parola okunamadı: %1 Parolayı yeniden yazın.</translation>
    </message>
    <message>
        <source>Reading the saved password…</source>
        <translation>Kayıtlı parola okunuyor…</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Kullanıcı adını girin.</translation>
    </message>
    <message>
        <source>The user name contains a control character.</source>
        <translation>Kullanıcı adında bir denetim karakteri var.</translation>
    </message>
    <message>
        <source>The password does not meet every rule yet.</source>
        <translation>Parola henüz tüm kurallara uymuyor.</translation>
    </message>
    <message>
        <source>Confirm that the password may travel unencrypted, or choose encryption on the previous page.</source>
        <translation>Parolanın şifrelenmeden iletilebileceğini onaylayın ya da önceki sayfada şifreleme seçin.</translation>
    </message>
    <message>
        <source>OAuth2 client id</source>
        <translation>OAuth2 istemci kimliği</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>İ&amp;stemci kimliği:</translation>
    </message>
    <message>
        <source>Sign in with %1 in the browser (OAuth2) instead of a password</source>
        <translation>Parola yerine tarayıcıda %1 ile oturum aç (OAuth2)</translation>
    </message>
    <message>
        <source>Enter the client id registered for Postacı, or sign in with an app password instead.</source>
        <translation>Postacı için kaydedilmiş istemci kimliğini girin ya da bunun yerine uygulama parolasıyla oturum açın.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser…</source>
        <translation>Tarayıcıda oturum açılması bekleniyor…</translation>
    </message>
    <message>
        <source>Sign in with %1 first.</source>
        <translation>Önce %1 ile oturum açın.</translation>
    </message>
</context>
<context>
    <name>Postaci::DeliverabilityAssessment</name>
    <message>
        <source>%1 publishes a null MX: it receives no mail, and receivers may refuse mail from a domain that cannot take replies (RFC 7505).</source>
        <translation>%1 boş bir MX (null MX) yayımlıyor: posta almıyor ve alıcılar yanıt alamayan bir alan adından gelen postayı reddedebilir (RFC 7505).</translation>
    </message>
    <message>
        <source>Replace the null MX with the MX record your mail provider gives you.</source>
        <translation>Boş MX kaydını e-posta sağlayıcınızın verdiği MX kaydıyla değiştirin.</translation>
    </message>
    <message>
        <source>Mail to %1 is received by %2.</source>
        <translation>%1 adresine gelen postayı %2 alıyor.</translation>
    </message>
    <message>
        <source>%1 has no MX record: replies go to the domain&apos;s own address, and some receivers distrust senders whose domain cannot receive mail.</source>
        <translation>%1 alan adının MX kaydı yok: yanıtlar alan adının kendi adresine gider ve bazı alıcılar posta alamayan alan adlarından gelen gönderenlere güvenmez.</translation>
    </message>
    <message>
        <source>Publish the MX record your mail provider gives you.</source>
        <translation>E-posta sağlayıcınızın verdiği MX kaydını yayımlayın.</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS: receivers refuse mail from it.</source>
        <translation>%1 DNS&apos;te yok: alıcılar bu alan adından gelen postayı reddeder.</translation>
    </message>
    <message>
        <source>Check the spelling of the domain, or register it and publish its records.</source>
        <translation>Alan adının yazımını denetleyin ya da alan adını kaydettirip kayıtlarını yayımlayın.</translation>
    </message>
    <message>
        <source>The MX record of %1 could not be checked (%2).</source>
        <translation>%1 alan adının MX kaydı denetlenemedi (%2).</translation>
    </message>
    <message>
        <source>The addresses of %1 could not be looked up, so SPF could not be checked for it.</source>
        <translation>%1 sunucusunun adresleri sorgulanamadı, bu yüzden onun için SPF denetlenemedi.</translation>
    </message>
    <message>
        <source>%1 has no address in DNS, so SPF could not be checked for it.</source>
        <translation>%1 sunucusunun DNS&apos;te adresi yok, bu yüzden onun için SPF denetlenemedi.</translation>
    </message>
    <message>
        <source>SPF could not be checked for %1.</source>
        <translation>%1 için SPF denetlenemedi.</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record, so receivers cannot tell which servers may send its mail.</source>
        <translation>%1 hiç SPF kaydı yayımlamıyor; alıcılar postasını hangi sunucuların gönderebileceğini bilemez.</translation>
    </message>
    <message>
        <source>Publish an SPF record that names your mail provider (give the server with --host or --account to get the exact record).</source>
        <translation>E-posta sağlayıcınızı adlandıran bir SPF kaydı yayımlayın (tam kaydı görmek için sunucuyu --host veya --account ile verin).</translation>
    </message>
    <message>
        <source>The SPF record of %1 is broken (%2): receivers treat it as a permanent error.</source>
        <translation>%1 alan adının SPF kaydı bozuk (%2): alıcılar bunu kalıcı hata sayar.</translation>
    </message>
    <message>
        <source>Repair the SPF record: one record, valid terms, at most 10 terms that need DNS lookups.</source>
        <translation>SPF kaydını onarın: tek bir kayıt, geçerli terimler, DNS sorgusu gerektiren en fazla 10 terim.</translation>
    </message>
    <message>
        <source>The SPF record of %1 could not be evaluated: DNS did not answer (%2).</source>
        <translation>%1 alan adının SPF kaydı değerlendirilemedi: DNS yanıt vermedi (%2).</translation>
    </message>
    <message>
        <source>%1 publishes a valid SPF record; give the sending server to check that it is authorised.</source>
        <translation>%1 geçerli bir SPF kaydı yayımlıyor; yetkili olduğunu denetlemek için gönderen sunucuyu verin.</translation>
    </message>
    <message>
        <source>The SPF record of %1 authorises %2 (%3).</source>
        <translation>%1 alan adının SPF kaydı %2 sunucusunu yetkilendiriyor (%3).</translation>
    </message>
    <message>
        <source>The SPF record of %1 is broken (%2): receivers treat it as a permanent error, so it authorises no server at all.</source>
        <translation>%1 alan adının SPF kaydı bozuk (%2): alıcılar bunu kalıcı hata sayar, yani kayıt hiçbir sunucuyu yetkilendirmez.</translation>
    </message>
    <message>
        <source>The SPF record of %1 does not authorise %2 (%3 matched %4): receivers see mail sent through it as forged.</source>
        <translation>%1 alan adının SPF kaydı %2 sunucusunu yetkilendirmiyor (%3, %4 ile eşleşti): alıcılar bu sunucu üzerinden gönderilen postayı sahte sayar.</translation>
    </message>
    <message>
        <source>The SPF record of %1 does not authorise %2 (%3 matched %4): receivers are asked to be suspicious, so mail may land in spam.</source>
        <translation>%1 alan adının SPF kaydı %2 sunucusunu yetkilendirmiyor (%3, %4 ile eşleşti): alıcılardan şüpheli davranmaları isteniyor, bu yüzden posta spam klasörüne düşebilir.</translation>
    </message>
    <message>
        <source>The SPF record of %1 says nothing about %2 (%3): receivers cannot tell whether it may send for the domain.</source>
        <translation>%1 alan adının SPF kaydı %2 hakkında bir şey söylemiyor (%3): alıcılar bu sunucunun alan adı adına gönderip gönderemeyeceğini bilemez.</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record, so receivers cannot tell whether %2 may send its mail.</source>
        <translation>%1 hiç SPF kaydı yayımlamıyor; alıcılar %2 sunucusunun postasını gönderip gönderemeyeceğini bilemez.</translation>
    </message>
    <message>
        <source>SPF could not be evaluated for %1: DNS did not answer (%2).</source>
        <translation>%1 için SPF değerlendirilemedi: DNS yanıt vermedi (%2).</translation>
    </message>
    <message>
        <source>Publish this TXT record at %1: %2</source>
        <translation>%1 adına şu TXT kaydını yayımlayın: %2</translation>
    </message>
    <message>
        <source>Add %1 to the SPF record: publish this TXT record at %2 instead of the old one: %3</source>
        <translation>SPF kaydına %1 ekleyin: %2 adına eskisinin yerine şu TXT kaydını yayımlayın: %3</translation>
    </message>
    <message>
        <source>The DMARC policy of %1 could not be checked (%2).</source>
        <translation>%1 alan adının DMARC politikası denetlenemedi (%2).</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC policy: receivers decide alone what to do with mail that fails SPF and DKIM, and large mailbox providers expect one.</source>
        <translation>%1 hiç DMARC politikası yayımlamıyor: SPF ve DKIM denetiminden geçemeyen postayla ne yapılacağına alıcılar kendileri karar verir; büyük posta sağlayıcıları da bir politika bekler.</translation>
    </message>
    <message>
        <source>Publish this TXT record at %1 (reports go to postmaster@%2; tighten p= once they look clean): %3</source>
        <translation>%1 adına şu TXT kaydını yayımlayın (raporlar postmaster@%2 adresine gider; raporlar temiz görününce p= değerini sıkılaştırın): %3</translation>
    </message>
    <message>
        <source>%1 publishes more than one DMARC record, so receivers ignore them all.</source>
        <translation>%1 birden fazla DMARC kaydı yayımlıyor; alıcılar hepsini yok sayar.</translation>
    </message>
    <message>
        <source>Keep exactly one TXT record starting with v=DMARC1 at _dmarc.%1.</source>
        <translation>_dmarc.%1 adında v=DMARC1 ile başlayan tam olarak bir TXT kaydı bırakın.</translation>
    </message>
    <message>
        <source>The DMARC record at _dmarc.%1 cannot be used (%2).</source>
        <translation>_dmarc.%1 adındaki DMARC kaydı kullanılamıyor (%2).</translation>
    </message>
    <message>
        <source>Correct it, for example: %1</source>
        <translation>Düzeltin, örneğin: %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>%1 alan adında</translation>
    </message>
    <message>
        <source>at the organisational domain %1</source>
        <translation>kurumsal alan adı %1 üzerinde</translation>
    </message>
    <message>
        <source>no reports requested</source>
        <translation>rapor istenmiyor</translation>
    </message>
    <message>
        <source>reports to %1</source>
        <translation>raporlar %1 adresine</translation>
    </message>
    <message>
        <source>DMARC policy p=%1 %2 (SPF alignment %3, DKIM alignment %4, pct=%5, %6).</source>
        <translation>DMARC politikası p=%1, %2 (SPF hizalaması %3, DKIM hizalaması %4, pct=%5, %6).</translation>
    </message>
    <message>
        <source>DMARC policy p=%1 %2: mail through %3 passes it, because SPF passes for the sender&apos;s own domain (%4).</source>
        <translation>DMARC politikası p=%1, %2: %3 üzerinden gönderilen posta bu politikadan geçer, çünkü SPF gönderenin kendi alan adı için geçiyor (%4).</translation>
    </message>
    <message>
        <source>DMARC policy p=%1 %2 only monitors: mail through %3 does not pass SPF, which receivers still hold against it (%4).</source>
        <translation>DMARC politikası p=%1, %2 yalnızca izler: %3 üzerinden gönderilen posta SPF denetiminden geçmiyor ve alıcılar bunu yine de postanın aleyhine sayar (%4).</translation>
    </message>
    <message>
        <source>Fix SPF (see above) before tightening the DMARC policy.</source>
        <translation>DMARC politikasını sıkılaştırmadan önce SPF&apos;yi düzeltin (yukarıya bakın).</translation>
    </message>
    <message>
        <source>DMARC policy p=%1 %2: mail through %3 fails SPF, so it passes DMARC only if the server signs it with your DKIM key.</source>
        <translation>DMARC politikası p=%1, %2: %3 üzerinden gönderilen posta SPF denetiminden geçemiyor; DMARC&apos;tan ancak sunucu onu DKIM anahtarınızla imzalarsa geçer.</translation>
    </message>
    <message>
        <source>Fix SPF (see above), and make sure the server signs with the published DKIM key.</source>
        <translation>SPF&apos;yi düzeltin (yukarıya bakın) ve sunucunun yayımlanan DKIM anahtarıyla imzaladığından emin olun.</translation>
    </message>
    <message>
        <source>DMARC policy p=reject %1 tells receivers to refuse mail that fails SPF and DKIM, and mail through %2 fails SPF with no DKIM key found.</source>
        <translation>DMARC politikası p=reject, %1, alıcılara SPF ve DKIM denetiminden geçemeyen postayı reddetmelerini söylüyor; %2 üzerinden gönderilen posta SPF denetiminden geçemiyor ve DKIM anahtarı bulunamadı.</translation>
    </message>
    <message>
        <source>DMARC policy p=quarantine %1 tells receivers to put mail that fails SPF and DKIM into spam, and mail through %2 fails SPF with no DKIM key found.</source>
        <translation>DMARC politikası p=quarantine, %1, alıcılara SPF ve DKIM denetiminden geçemeyen postayı spam klasörüne koymalarını söylüyor; %2 üzerinden gönderilen posta SPF denetiminden geçemiyor ve DKIM anahtarı bulunamadı.</translation>
    </message>
    <message>
        <source>Fix SPF (see above) and publish your provider&apos;s DKIM key.</source>
        <translation>SPF&apos;yi düzeltin (yukarıya bakın) ve sağlayıcınızın DKIM anahtarını yayımlayın.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (revoked: empty p=)</source>
        <translation>%1 (geri çekilmiş: boş p=)</translation>
    </message>
    <message>
        <source>%1 (%2, %3 bits)</source>
        <translation>%1 (%2, %3 bit)</translation>
    </message>
    <message>
        <source>DKIM keys of %1: %2; keys shorter than 1024 bits are ignored by receivers.</source>
        <translation>%1 alan adının DKIM anahtarları: %2; 1024 bitten kısa anahtarları alıcılar yok sayar.</translation>
    </message>
    <message>
        <source>Create a new 2048-bit key at your mail provider and publish it.</source>
        <translation>E-posta sağlayıcınızda 2048 bitlik yeni bir anahtar oluşturup yayımlayın.</translation>
    </message>
    <message>
        <source>DKIM keys of %1: %2; 1024-bit keys still work but 2048 bits are recommended.</source>
        <translation>%1 alan adının DKIM anahtarları: %2; 1024 bitlik anahtarlar hâlâ çalışır ama 2048 bit önerilir.</translation>
    </message>
    <message>
        <source>DKIM keys of %1: %2.</source>
        <translation>%1 alan adının DKIM anahtarları: %2.</translation>
    </message>
    <message>
        <source>The DKIM keys of %1 could not be looked up.</source>
        <translation>%1 alan adının DKIM anahtarları sorgulanamadı.</translation>
    </message>
    <message>
        <source>Unusable: %1.</source>
        <translation>Kullanılamayanlar: %1.</translation>
    </message>
    <message>
        <source>No DKIM key was found under the usual selectors (%1); with DMARC p=%2, mail that fails SPF has no second way to pass.</source>
        <translation>Olağan seçicilerin (%1) altında DKIM anahtarı bulunamadı; DMARC p=%2 iken SPF denetiminden geçemeyen postanın geçmek için ikinci bir yolu yok.</translation>
    </message>
    <message>
        <source>Turn on DKIM signing at %1 and publish the key it gives you as a TXT record at %2.</source>
        <translation>%1 üzerinde DKIM imzalamayı açın ve verdiği anahtarı %2 adına TXT kaydı olarak yayımlayın.</translation>
    </message>
    <message>
        <source>Ask your mail provider for its DKIM key and publish it as a TXT record at &lt;selector&gt;._domainkey.%1.</source>
        <translation>E-posta sağlayıcınızdan DKIM anahtarını isteyin ve &lt;seçici&gt;._domainkey.%1 adına TXT kaydı olarak yayımlayın.</translation>
    </message>
    <message>
        <source>No DKIM key was found under the usual selectors (%1); a key may still exist under another name.</source>
        <translation>Olağan seçicilerin (%1) altında DKIM anahtarı bulunamadı; başka bir adla bir anahtar yine de olabilir.</translation>
    </message>
    <message>
        <source>The MTA-STS record (%1) could not be checked (%2).</source>
        <translation>MTA-STS kaydı (%1) denetlenemedi (%2).</translation>
    </message>
    <message>
        <source>No MTA-STS record (%1): mail to %2 may travel without verified TLS (optional).</source>
        <translation>MTA-STS kaydı yok (%1): %2 adresine gelen posta doğrulanmış TLS olmadan taşınabilir (isteğe bağlı).</translation>
    </message>
    <message>
        <source>The MTA-STS record at %1 is not valid, so senders ignore the policy.</source>
        <translation>%1 adındaki MTA-STS kaydı geçerli değil; gönderenler politikayı yok sayar.</translation>
    </message>
    <message>
        <source>Publish exactly one record such as: %1</source>
        <translation>Şuna benzer tam olarak bir kayıt yayımlayın: %1</translation>
    </message>
    <message>
        <source>MTA-STS is announced (id %1): senders deliver mail to %2 only over verified TLS (the policy file itself was not fetched).</source>
        <translation>MTA-STS duyurulmuş (kimlik %1): gönderenler %2 adresine postayı yalnızca doğrulanmış TLS üzerinden teslim eder (politika dosyasının kendisi indirilmedi).</translation>
    </message>
    <message>
        <source>The TLS-RPT record (%1) could not be checked (%2).</source>
        <translation>TLS-RPT kaydı (%1) denetlenemedi (%2).</translation>
    </message>
    <message>
        <source>No TLS-RPT record (%1): nobody is told when mail to %2 fails over TLS (optional).</source>
        <translation>TLS-RPT kaydı yok (%1): %2 adresine gelen posta TLS yüzünden teslim edilemezse kimseye haber verilmez (isteğe bağlı).</translation>
    </message>
    <message>
        <source>The TLS-RPT record at %1 is not valid.</source>
        <translation>%1 adındaki TLS-RPT kaydı geçerli değil.</translation>
    </message>
    <message>
        <source>Publish exactly one record: %1</source>
        <translation>Tam olarak bir kayıt yayımlayın: %1</translation>
    </message>
    <message>
        <source>TLS-RPT reports go to %1.</source>
        <translation>TLS-RPT raporları %1 adresine gidiyor.</translation>
    </message>
    <message>
        <source>DNS could not be asked, so nothing could be checked for %1.</source>
        <translation>DNS&apos;e sorulamadı, bu yüzden %1 için hiçbir şey denetlenemedi.</translation>
    </message>
    <message>
        <source>Mail from %1 may not arrive: %2 fails.</source>
        <translation>%1 adresinden gönderilen posta ulaşmayabilir: %2 başarısız.</translation>
    </message>
    <message>
        <source>Nothing fails for %1, but %2 should be looked at; name the sending server to check SPF for it.</source>
        <translation>%1 için hiçbir denetim başarısız değil, ama %2 gözden geçirilmeli; SPF&apos;yi denetlemek için gönderen sunucuyu belirtin.</translation>
    </message>
    <message>
        <source>Nothing fails for %1; name the sending server to check that SPF authorises it.</source>
        <translation>%1 için hiçbir denetim başarısız değil; SPF&apos;nin sunucuyu yetkilendirdiğini denetlemek için gönderen sunucuyu belirtin.</translation>
    </message>
    <message>
        <source>Mail from %1 sent through %2 fails SPF, and DMARC p=reject tells receivers to refuse it.</source>
        <translation>%1 adresinden %2 üzerinden gönderilen posta SPF denetiminden geçemiyor ve DMARC p=reject alıcılara onu reddetmelerini söylüyor.</translation>
    </message>
    <message>
        <source>Mail from %1 sent through %2 fails SPF, and DMARC p=quarantine tells receivers to put it into spam.</source>
        <translation>%1 adresinden %2 üzerinden gönderilen posta SPF denetiminden geçemiyor ve DMARC p=quarantine alıcılara onu spam klasörüne koymalarını söylüyor.</translation>
    </message>
    <message>
        <source>Mail from %1 sent through %2 may not arrive: %3 fails.</source>
        <translation>%1 adresinden %2 üzerinden gönderilen posta ulaşmayabilir: %3 başarısız.</translation>
    </message>
    <message>
        <source>Mail from %1 sent through %2 should arrive, but %3 should be fixed to keep it out of spam.</source>
        <translation>%1 adresinden %2 üzerinden gönderilen posta ulaşmalı, ama spam klasörüne düşmemesi için %3 düzeltilmeli.</translation>
    </message>
    <message>
        <source>Mail from %1 sent through %2 should arrive: SPF authorises the server and nothing fails.</source>
        <translation>%1 adresinden %2 üzerinden gönderilen posta ulaşmalı: SPF sunucuyu yetkilendiriyor ve hiçbir denetim başarısız değil.</translation>
    </message>
</context>
<context>
    <name>Postaci::DeliverabilityDialog</name>
    <message>
        <source>MX (receiving mail)</source>
        <translation>MX (posta alma)</translation>
    </message>
    <message>
        <source>SPF (authorised servers)</source>
        <translation>SPF (yetkili sunucular)</translation>
    </message>
    <message>
        <source>DMARC (policy)</source>
        <translation>DMARC (politika)</translation>
    </message>
    <message>
        <source>DKIM (signing keys)</source>
        <translation>DKIM (imza anahtarları)</translation>
    </message>
    <message>
        <source>MTA-STS (TLS for incoming mail)</source>
        <translation>MTA-STS (gelen posta için TLS)</translation>
    </message>
    <message>
        <source>TLS-RPT (TLS reports)</source>
        <translation>TLS-RPT (TLS raporları)</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Geçiyor</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Uyarı</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Yayımlanmamış</translation>
    </message>
    <message>
        <source>Will my mail arrive?</source>
        <translation>Postalarım ulaşacak mı?</translation>
    </message>
    <message>
        <source>Will mail from %1 sent through %2 arrive? Postacı asks DNS what receivers check: MX, SPF, DMARC, DKIM, MTA-STS and TLS-RPT.</source>
        <translation>%1 adresinden %2 üzerinden gönderilen posta ulaşacak mı? Postacı alıcıların denetlediklerini DNS&apos;e sorar: MX, SPF, DMARC, DKIM, MTA-STS ve TLS-RPT.</translation>
    </message>
    <message>
        <source>DNS answers received</source>
        <translation>Gelen DNS yanıtları</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Yeniden denetle</translation>
    </message>
    <message>
        <source>Asking DNS…</source>
        <translation>DNS&apos;e soruluyor…</translation>
    </message>
    <message>
        <source>Asking DNS… %1 of %2 answers</source>
        <translation>DNS&apos;e soruluyor… %2 yanıttan %1 tanesi geldi</translation>
    </message>
    <message>
        <source>Done; some DNS questions got no answer in time.</source>
        <translation>Bitti; bazı DNS soruları zamanında yanıt almadı.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Bitti.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Yayımlanan: %1</translation>
    </message>
    <message>
        <source>%1 record at %2:</source>
        <translation>%2 adına %1 kaydı:</translation>
    </message>
    <message>
        <source>Record to publish for %1</source>
        <translation>%1 için yayımlanacak kayıt</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Copy the record to publish for %1</source>
        <translation>%1 için yayımlanacak kaydı kopyala</translation>
    </message>
</context>
<context>
    <name>Postaci::Diagnosis</name>
    <message>
        <source>The server said: &quot;%1&quot;.</source>
        <translation>Sunucunun yanıtı: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Keep port %1 and choose %2 as the security.</source>
        <translation>Portu %1 olarak bırakın ve güvenliği %2 yapın.</translation>
    </message>
    <message>
        <source>Use port %1 with %2.</source>
        <translation>Portu %1, güvenliği %2 yapın.</translation>
    </message>
    <message>
        <source>This is the usual port for sending mail with encryption from the start.</source>
        <translation>Bu, baştan itibaren şifreli e-posta göndermek için olağan porttur.</translation>
    </message>
    <message>
        <source>This is the usual port for sending mail with STARTTLS encryption.</source>
        <translation>Bu, STARTTLS şifrelemesiyle e-posta göndermek için olağan porttur.</translation>
    </message>
    <message>
        <source>Use your full e-mail address (%1) as the user name: most providers expect it.</source>
        <translation>Kullanıcı adı olarak e-posta adresinizin tamamını (%1) kullanın: çoğu sağlayıcı bunu bekler.</translation>
    </message>
    <message>
        <source>Enter your user name and password so that Postacı signs in before sending.</source>
        <translation>Postacı&apos;nın göndermeden önce oturum açabilmesi için kullanıcı adınızı ve parolanızı girin.</translation>
    </message>
    <message>
        <source>It said: &quot;%1&quot;.</source>
        <translation>Gelen yanıt: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Mail is usually sent on port 465 (SSL/TLS) or 587 (STARTTLS).</source>
        <translation>E-posta genellikle 465 (SSL/TLS) veya 587 (STARTTLS) portundan gönderilir.</translation>
    </message>
    <message>
        <source>This port does not belong to a mail-sending server</source>
        <translation>Bu port bir e-posta gönderme sunucusuna ait değil</translation>
    </message>
    <message>
        <source>Port 25 is for servers talking to servers and is often blocked for home connections.</source>
        <translation>25 portu sunucular arası iletişim içindir ve ev bağlantılarında sıklıkla engellenir.</translation>
    </message>
    <message>
        <source>This port expects STARTTLS, not SSL/TLS</source>
        <translation>Bu port SSL/TLS değil, STARTTLS bekliyor</translation>
    </message>
    <message>
        <source>Postacı started an encrypted connection at once (SSL/TLS), but the server on port %1 answered without encryption, as servers do when they expect STARTTLS: the connection starts unencrypted and is then switched to encryption.</source>
        <translation>Postacı bağlantıyı en baştan şifreli başlattı (SSL/TLS), ancak %1 portundaki sunucu şifresiz yanıt verdi. STARTTLS bekleyen sunucular böyle yapar: bağlantı şifresiz başlar, sonra şifrelemeye geçilir.</translation>
    </message>
    <message>
        <source>This is the usual port for SSL/TLS.</source>
        <translation>SSL/TLS için olağan port budur.</translation>
    </message>
    <message>
        <source>The server on port %1 did not greet Postacı over an unencrypted connection: it waits silently for an encrypted connection from the very start (SSL/TLS).</source>
        <translation>%1 portundaki sunucu, Postacı&apos;yı şifresiz bir bağlantı üzerinden karşılamadı: en baştan şifreli bir bağlantı (SSL/TLS) kurulmasını sessizce bekliyor.</translation>
    </message>
    <message>
        <source>Port 465 is the usual port for that.</source>
        <translation>Bunun için olağan port 465&apos;tir.</translation>
    </message>
    <message>
        <source>Postacı expected the server on port %1 to greet it unencrypted (%2), but it answered with encryption at once, as SSL/TLS ports do.</source>
        <translation>Postacı, %1 portundaki sunucunun kendisini şifresiz karşılamasını bekliyordu (%2), ancak sunucu, SSL/TLS portlarının yaptığı gibi hemen şifreli yanıt verdi.</translation>
    </message>
    <message>
        <source>This port expects SSL/TLS</source>
        <translation>Bu port SSL/TLS bekliyor</translation>
    </message>
    <message>
        <source>This is the usual port for STARTTLS.</source>
        <translation>STARTTLS için olağan port budur.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not made out to %1, the name you entered, so Postacı cannot be sure it is talking to the right server and sent no password.</source>
        <translation>Sunucunun güvenlik sertifikası, girdiğiniz ad olan %1 için düzenlenmemiş. Bu yüzden Postacı doğru sunucuyla konuştuğundan emin olamıyor ve hiçbir parola göndermedi.</translation>
    </message>
    <message>
        <source>The certificate is valid for: %1.</source>
        <translation>Sertifikanın geçerli olduğu adlar: %1.</translation>
    </message>
    <message>
        <source>This is common with shared web hosting: the mail server is reached as mail.&lt;your domain&gt;, but its certificate carries the hosting company&apos;s name.</source>
        <translation>Bu durum paylaşımlı web barındırmada yaygındır: e-posta sunucusuna mail.&lt;alan adınız&gt; adıyla ulaşılır, ancak sertifikasında barındırma firmasının adı yazar.</translation>
    </message>
    <message>
        <source>The certificate belongs to another server name</source>
        <translation>Sertifika başka bir sunucu adına ait</translation>
    </message>
    <message>
        <source>Use the server name the certificate is made out to: %1.</source>
        <translation>Sertifikanın düzenlendiği sunucu adını kullanın: %1.</translation>
    </message>
    <message>
        <source>Ask your hosting company which server name to use for sending mail.</source>
        <translation>E-posta göndermek için hangi sunucu adını kullanmanız gerektiğini barındırma firmanıza sorun.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not valid at the current date, so Postacı stopped before sending any password.</source>
        <translation>Sunucunun güvenlik sertifikası bugünün tarihinde geçerli değil; bu yüzden Postacı hiçbir parola göndermeden durdu.</translation>
    </message>
    <message>
        <source>It expired on %1.</source>
        <translation>Sertifikanın süresi %1 tarihinde doldu.</translation>
    </message>
    <message>
        <source>It only becomes valid on %1: check this computer&apos;s date and time.</source>
        <translation>Sertifika ancak %1 tarihinde geçerli olacak: bu bilgisayarın tarih ve saatini kontrol edin.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <translation>Sunucunun sertifikasının süresi dolmuş</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s date and time are correct.</source>
        <translation>Bu bilgisayarın tarih ve saatinin doğru olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>Tell your mail provider or hosting company that the certificate of %1 must be renewed.</source>
        <translation>E-posta sağlayıcınıza veya barındırma firmanıza, %1 sunucusunun sertifikasının yenilenmesi gerektiğini bildirin.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed</source>
        <translation>Sunucunun sertifikası değişmiş</translation>
    </message>
    <message>
        <source>You told Postacı to accept only one particular certificate for %1, and the server now shows another one (SHA-256 %2). Postacı sent no password. Providers renew certificates regularly, but a changed certificate can also mean someone is intercepting the connection.</source>
        <translation>Postacı&apos;ya %1 için yalnızca belirli bir sertifikayı kabul etmesini söylemiştiniz, ancak sunucu şimdi başka bir sertifika gösteriyor (SHA-256 %2). Postacı parola göndermedi. Sağlayıcılar sertifikalarını düzenli olarak yeniler, ama değişen bir sertifika birinin bağlantıya araya girdiği anlamına da gelebilir.</translation>
    </message>
    <message>
        <source>Ask your provider whether the certificate was renewed; if it was, look at the new certificate&apos;s details and accept it.</source>
        <translation>Sağlayıcınıza sertifikanın yenilenip yenilenmediğini sorun; yenilendiyse yeni sertifikanın ayrıntılarına bakın ve onu kabul edin.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not signed by an authority this computer trusts (for example, it is self-signed), so Postacı cannot be sure who it is talking to and sent no password.</source>
        <translation>Sunucunun güvenlik sertifikası, bu bilgisayarın güvendiği bir makam tarafından imzalanmamış (örneğin kendinden imzalı). Bu yüzden Postacı kiminle konuştuğundan emin olamıyor ve hiçbir parola göndermedi.</translation>
    </message>
    <message>
        <source>It was issued by: %1.</source>
        <translation>Sertifikayı veren: %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>Sunucunun sertifikası güvenilir değil</translation>
    </message>
    <message>
        <source>Ask your provider for the correct server name; a provider&apos;s own name usually has a trusted certificate.</source>
        <translation>Doğru sunucu adını sağlayıcınıza sorun; sağlayıcının kendi sunucu adının genellikle güvenilir bir sertifikası vardır.</translation>
    </message>
    <message>
        <source>If you know this server and its certificate, check the certificate&apos;s fingerprint with your provider and accept that one certificate.</source>
        <translation>Bu sunucuyu ve sertifikasını tanıyorsanız, sertifikanın parmak izini sağlayıcınızla karşılaştırın ve yalnızca o sertifikayı kabul edin.</translation>
    </message>
    <message>
        <source>This provider no longer accepts passwords</source>
        <translation>Bu sağlayıcı artık parola kabul etmiyor</translation>
    </message>
    <message>
        <source>%1 has switched off sign-in with a user name and password for sending mail (&quot;basic authentication&quot;); it only accepts a sign-in through its own web page (OAuth2).</source>
        <translation>E-posta göndermek için kullanıcı adı ve parolayla oturum açma (&quot;temel kimlik doğrulama&quot;) %1 tarafından kapatıldı; yalnızca sağlayıcının kendi web sayfası üzerinden oturum açma (OAuth2) kabul ediliyor.</translation>
    </message>
    <message>
        <source>Choose XOAUTH2 as the sign-in method and use an access token from your provider.</source>
        <translation>Oturum açma yöntemi olarak XOAUTH2 seçin ve sağlayıcınızdan aldığınız bir erişim belirteci kullanın.</translation>
    </message>
    <message>
        <source>Read how %1 lets programs send mail: %2</source>
        <translation>Programların %1 üzerinden nasıl e-posta gönderebileceğini okuyun: %2</translation>
    </message>
    <message>
        <source>If you manage the mail domain (Microsoft 365), an administrator can turn on &quot;Authenticated SMTP&quot; for this mailbox.</source>
        <translation>E-posta alan adını siz yönetiyorsanız (Microsoft 365), bir yönetici bu posta kutusu için &quot;Authenticated SMTP&quot; seçeneğini açabilir.</translation>
    </message>
    <message>
        <source>%1 does not accept your normal password from mail programs: it needs an app password, a separate password you create in your account&apos;s security settings (this requires two-step verification to be on).</source>
        <translation>E-posta programlarından gelen normal parolanız %1 tarafından kabul edilmiyor: bir uygulama parolası gerekiyor. Bu, hesabınızın güvenlik ayarlarında oluşturduğunuz ayrı bir paroladır (bunun için iki adımlı doğrulamanın açık olması gerekir).</translation>
    </message>
    <message>
        <source>An app password is needed</source>
        <translation>Uygulama parolası gerekiyor</translation>
    </message>
    <message>
        <source>Create an app password as described here, then enter it instead of your normal password: %1</source>
        <translation>Burada anlatıldığı gibi bir uygulama parolası oluşturun, sonra normal parolanız yerine onu girin: %1</translation>
    </message>
    <message>
        <source>Sign in to your account&apos;s web page, open its security settings, turn on two-step verification, create an app password for &quot;Mail&quot; and enter it here instead of your normal password.</source>
        <translation>Hesabınızın web sayfasında oturum açın, güvenlik ayarlarını açın, iki adımlı doğrulamayı etkinleştirin, &quot;Posta&quot; için bir uygulama parolası oluşturun ve normal parolanız yerine buraya onu girin.</translation>
    </message>
    <message>
        <source>The user name or password was not accepted</source>
        <translation>Kullanıcı adı veya parola kabul edilmedi</translation>
    </message>
    <message>
        <source>The server refused to sign you in with this user name and password.</source>
        <translation>Sunucu bu kullanıcı adı ve parolayla oturum açmanızı reddetti.</translation>
    </message>
    <message>
        <source>Type the password again; check Caps Lock and the keyboard layout (Turkish ı/i and İ/I are different letters).</source>
        <translation>Parolayı yeniden yazın; Caps Lock tuşunu ve klavye düzenini kontrol edin (Türkçede ı/i ve İ/I farklı harflerdir).</translation>
    </message>
    <message>
        <source>Let Postacı choose the sign-in method automatically.</source>
        <translation>Oturum açma yöntemini Postacı otomatik olarak seçsin.</translation>
    </message>
    <message>
        <source>Some settings cannot be used</source>
        <translation>Bazı ayarlar kullanılamıyor</translation>
    </message>
    <message>
        <source>Postacı did not contact the server because a value cannot be sent as it is (for example, it contains a line break).</source>
        <translation>Postacı sunucuyla bağlantı kurmadı, çünkü bir değer olduğu gibi gönderilemiyor (örneğin satır sonu içeriyor).</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Ayrıntılar: %1</translation>
    </message>
    <message>
        <source>Check the server name, user name and addresses for stray characters and try again.</source>
        <translation>Sunucu adında, kullanıcı adında ve adreslerde fazladan karakter olup olmadığını kontrol edip yeniden deneyin.</translation>
    </message>
    <message>
        <source>The server name does not exist</source>
        <translation>Sunucu adı bulunamadı</translation>
    </message>
    <message>
        <source>The name %1 could not be found on the Internet. It may be misspelled, or your domain may have no mail server under that name.</source>
        <translation>%1 adı İnternet&apos;te bulunamadı. Yanlış yazılmış olabilir ya da alan adınızın bu adda bir e-posta sunucusu olmayabilir.</translation>
    </message>
    <message>
        <source>Check the spelling of the server name.</source>
        <translation>Sunucu adının yazımını kontrol edin.</translation>
    </message>
    <message>
        <source>Try %1, the usual name of a domain&apos;s mail server.</source>
        <translation>Bir alan adının e-posta sunucusu için olağan ad olan %1 adını deneyin.</translation>
    </message>
    <message>
        <source>Check that this computer is connected to the Internet.</source>
        <translation>Bu bilgisayarın İnternet&apos;e bağlı olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>Nothing answers on this port</source>
        <translation>Bu portta yanıt veren yok</translation>
    </message>
    <message>
        <source>The computer %1 exists, but no program accepts connections on port %2: the port is probably wrong, or the mail service is not running.</source>
        <translation>%1 bilgisayarı var, ancak %2 portunda bağlantı kabul eden bir program yok: port büyük olasılıkla yanlış ya da e-posta hizmeti çalışmıyor.</translation>
    </message>
    <message>
        <source>Check the port number your provider gives for sending mail (SMTP).</source>
        <translation>Sağlayıcınızın e-posta göndermek (SMTP) için verdiği port numarasını kontrol edin.</translation>
    </message>
    <message>
        <source>Port 25 seems to be blocked</source>
        <translation>25 portu engellenmiş görünüyor</translation>
    </message>
    <message>
        <source>There was no answer at all on port 25 of %1. Port 25 is meant for mail servers talking to each other, and many Internet providers block it for home and office connections to stop spam. Mail programs send on port 465 or 587 instead.</source>
        <translation>%1 sunucusunun 25 portundan hiç yanıt gelmedi. 25 portu, e-posta sunucularının birbiriyle konuşması içindir ve birçok İnternet servis sağlayıcısı istenmeyen postayı önlemek için bu portu ev ve ofis bağlantılarında engeller. E-posta programları bunun yerine 465 veya 587 portundan gönderir.</translation>
    </message>
    <message>
        <source>This is the submission port meant for mail programs.</source>
        <translation>Bu, e-posta programları için ayrılmış gönderim portudur.</translation>
    </message>
    <message>
        <source>This is the submission port with encryption from the start.</source>
        <translation>Bu, baştan itibaren şifreli gönderim portudur.</translation>
    </message>
    <message>
        <source>The server does not answer</source>
        <translation>Sunucu yanıt vermiyor</translation>
    </message>
    <message>
        <source>There was no answer at all from port %1 of %2: a firewall may be dropping the connection, the port may be wrong, or the server may be down.</source>
        <translation>%2 sunucusunun %1 portundan hiç yanıt gelmedi: bir güvenlik duvarı bağlantıyı engelliyor olabilir, port yanlış olabilir ya da sunucu çalışmıyor olabilir.</translation>
    </message>
    <message>
        <source>Check that a firewall or antivirus program does not block Postacı, and try again later.</source>
        <translation>Bir güvenlik duvarının veya virüs koruma programının Postacı&apos;yı engellemediğini kontrol edin ve daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>The network cannot reach the server</source>
        <translation>Ağ sunucuya ulaşamıyor</translation>
    </message>
    <message>
        <source>This computer could not open a connection to %1.</source>
        <translation>Bu bilgisayar %1 sunucusuna bağlantı açamadı.</translation>
    </message>
    <message>
        <source>Check that this computer is connected to the Internet, then try again.</source>
        <translation>Bu bilgisayarın İnternet&apos;e bağlı olduğunu kontrol edin ve yeniden deneyin.</translation>
    </message>
    <message>
        <source>The server hung up</source>
        <translation>Sunucu bağlantıyı kapattı</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it keeps happening, your address may be blocked by the server: ask your provider.</source>
        <translation>Birkaç dakika sonra yeniden deneyin; sorun sürerse adresiniz sunucu tarafından engellenmiş olabilir: sağlayıcınıza sorun.</translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation>Sunucu yanıt vermeyi bıraktı</translation>
    </message>
    <message>
        <source>A server that expects encryption from the very start (SSL/TLS) also waits silently like this.</source>
        <translation>En baştan şifreleme (SSL/TLS) bekleyen bir sunucu da bu şekilde sessizce bekler.</translation>
    </message>
    <message>
        <source>Try again later, or allow more time in the settings if your connection is slow.</source>
        <translation>Daha sonra yeniden deneyin ya da bağlantınız yavaşsa ayarlardan daha uzun bir süre tanıyın.</translation>
    </message>
    <message>
        <source>Encryption could not be set up</source>
        <translation>Şifreleme kurulamadı</translation>
    </message>
    <message>
        <source>Postacı and the server could not agree on how to encrypt the connection (Postacı requires TLS 1.2 or newer). The server may be very old or misconfigured.</source>
        <translation>Postacı ile sunucu, bağlantının nasıl şifreleneceği konusunda anlaşamadı (Postacı TLS 1.2 veya daha yenisini gerektirir). Sunucu çok eski ya da yanlış yapılandırılmış olabilir.</translation>
    </message>
    <message>
        <source>Ask your provider whether the server supports TLS 1.2 or newer.</source>
        <translation>Sağlayıcınıza sunucunun TLS 1.2 veya daha yenisini destekleyip desteklemediğini sorun.</translation>
    </message>
    <message>
        <source>The server does not offer encryption on this port</source>
        <translation>Sunucu bu portta şifreleme sunmuyor</translation>
    </message>
    <message>
        <source>STARTTLS was chosen, but the server on port %1 does not offer it, so Postacı stopped rather than send anything unencrypted.</source>
        <translation>STARTTLS seçildi, ancak %1 portundaki sunucu bunu sunmuyor. Bu yüzden Postacı hiçbir şeyi şifresiz göndermek yerine durdu.</translation>
    </message>
    <message>
        <source>Ask your provider which port offers encrypted sending.</source>
        <translation>Hangi portun şifreli gönderim sunduğunu sağlayıcınıza sorun.</translation>
    </message>
    <message>
        <source>The server refused to switch to encryption</source>
        <translation>Sunucu şifrelemeye geçmeyi reddetti</translation>
    </message>
    <message>
        <source>The server offers STARTTLS but refused it when asked, so Postacı stopped rather than continue unencrypted.</source>
        <translation>Sunucu STARTTLS sunuyor ama istendiğinde reddetti. Bu yüzden Postacı şifresiz devam etmek yerine durdu.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, tell your provider.</source>
        <translation>Daha sonra yeniden deneyin; sorun sürerse sağlayıcınıza bildirin.</translation>
    </message>
    <message>
        <source>Something interfered with the switch to encryption</source>
        <translation>Şifrelemeye geçişe bir şey müdahale etti</translation>
    </message>
    <message>
        <source>Right after agreeing to encrypt, the server (or something between you and it) sent extra data that could be an attack on the connection. Postacı stopped and sent no password.</source>
        <translation>Şifrelemeye geçmeyi kabul ettikten hemen sonra sunucu (ya da sizinle sunucu arasındaki bir şey) bağlantıya yönelik bir saldırı olabilecek fazladan veri gönderdi. Postacı durdu ve parola göndermedi.</translation>
    </message>
    <message>
        <source>Encryption from the start cannot be interfered with this way.</source>
        <translation>En baştan şifrelemeye bu şekilde müdahale edilemez.</translation>
    </message>
    <message>
        <source>If you are on a public network, try again from a trusted one.</source>
        <translation>Herkese açık bir ağdaysanız, güvendiğiniz bir ağdan yeniden deneyin.</translation>
    </message>
    <message>
        <source>Encryption is not available on this computer</source>
        <translation>Bu bilgisayarda şifreleme kullanılamıyor</translation>
    </message>
    <message>
        <source>Postacı could not find the encryption library (OpenSSL) it needs, so it stopped before sending anything.</source>
        <translation>Postacı ihtiyaç duyduğu şifreleme kitaplığını (OpenSSL) bulamadı; bu yüzden hiçbir şey göndermeden durdu.</translation>
    </message>
    <message>
        <source>Install OpenSSL 3 (on Debian and Ubuntu: the libssl3 package), then start Postacı again.</source>
        <translation>OpenSSL 3&apos;ü kurun (Debian ve Ubuntu&apos;da: libssl3 paketi), ardından Postacı&apos;yı yeniden başlatın.</translation>
    </message>
    <message>
        <source>The server does not offer sign-in here</source>
        <translation>Sunucu burada oturum açma sunmuyor</translation>
    </message>
    <message>
        <source>You gave a user name and password, but the server on port %1 does not offer any way to sign in on this connection.</source>
        <translation>Bir kullanıcı adı ve parola verdiniz, ancak %1 portundaki sunucu bu bağlantıda oturum açmak için hiçbir yol sunmuyor.</translation>
    </message>
    <message>
        <source>Many servers offer sign-in only on an encrypted connection.</source>
        <translation>Birçok sunucu oturum açmayı yalnızca şifreli bir bağlantıda sunar.</translation>
    </message>
    <message>
        <source>If this server lets you send without signing in, choose no sign-in.</source>
        <translation>Bu sunucu oturum açmadan göndermenize izin veriyorsa, &quot;oturum açmadan&quot; seçeneğini seçin.</translation>
    </message>
    <message>
        <source>This server offers no sign-in method that Postacı supports (PLAIN, LOGIN, CRAM-MD5, XOAUTH2).</source>
        <translation>Bu sunucu, Postacı&apos;nın desteklediği oturum açma yöntemlerinden (PLAIN, LOGIN, CRAM-MD5, XOAUTH2) hiçbirini sunmuyor.</translation>
    </message>
    <message>
        <source>The sign-in method %1 is not offered by this server.</source>
        <translation>Bu sunucu %1 oturum açma yöntemini sunmuyor.</translation>
    </message>
    <message>
        <source>It offers: %1.</source>
        <translation>Sunduğu yöntemler: %1.</translation>
    </message>
    <message>
        <source>The chosen sign-in method is not offered</source>
        <translation>Seçilen oturum açma yöntemi sunulmuyor</translation>
    </message>
    <message>
        <source>Use the sign-in method %1.</source>
        <translation>Oturum açma yöntemi olarak %1 kullanın.</translation>
    </message>
    <message>
        <source>Ask your provider for a port or server that accepts PLAIN or LOGIN sign-in over an encrypted connection.</source>
        <translation>Sağlayıcınızdan şifreli bağlantı üzerinden PLAIN veya LOGIN ile oturum açmayı kabul eden bir port ya da sunucu isteyin.</translation>
    </message>
    <message>
        <source>The server requires encryption</source>
        <translation>Sunucu şifreleme istiyor</translation>
    </message>
    <message>
        <source>The server accepts mail only over an encrypted connection.</source>
        <translation>Sunucu e-postayı yalnızca şifreli bir bağlantı üzerinden kabul ediyor.</translation>
    </message>
    <message>
        <source>The server requires you to sign in</source>
        <translation>Sunucu oturum açmanızı istiyor</translation>
    </message>
    <message>
        <source>The server sends mail only for people who have signed in with a user name and password.</source>
        <translation>Sunucu yalnızca kullanıcı adı ve parolayla oturum açmış kişiler için e-posta gönderiyor.</translation>
    </message>
    <message>
        <source>Turn sign-in on (automatic method).</source>
        <translation>Oturum açmayı etkinleştirin (otomatik yöntem).</translation>
    </message>
    <message>
        <source>The server accepts a sign-in only over an encrypted connection.</source>
        <translation>Sunucu oturum açmayı yalnızca şifreli bir bağlantı üzerinden kabul ediyor.</translation>
    </message>
    <message>
        <source>Postacı did not send your password unencrypted</source>
        <translation>Postacı parolanızı şifresiz göndermedi</translation>
    </message>
    <message>
        <source>The connection is not encrypted, so your password would travel in readable form. Postacı stopped before sending it.</source>
        <translation>Bağlantı şifreli değil, bu yüzden parolanız okunabilir biçimde iletilirdi. Postacı parolayı göndermeden durdu.</translation>
    </message>
    <message>
        <source>Only on a network you fully trust: explicitly allow sending the password unencrypted in the settings.</source>
        <translation>Yalnızca tamamen güvendiğiniz bir ağda: ayarlarda parolanın şifresiz gönderilmesine açıkça izin verin.</translation>
    </message>
    <message>
        <source>The server will not pass on mail for you</source>
        <translation>Sunucu e-postanızı iletmiyor</translation>
    </message>
    <message>
        <source>The server accepts mail only for its own addresses unless you sign in.</source>
        <translation>Oturum açmadığınız sürece sunucu yalnızca kendi adresleri için e-posta kabul ediyor.</translation>
    </message>
    <message>
        <source>The sender address was refused</source>
        <translation>Gönderen adresi reddedildi</translation>
    </message>
    <message>
        <source>The server does not let this account send as this address. The sender must be the account&apos;s own address or an alias registered with your provider.</source>
        <translation>Sunucu bu hesabın bu adresle göndermesine izin vermiyor. Gönderen, hesabın kendi adresi veya sağlayıcınızda kayıtlı bir takma ad olmalı.</translation>
    </message>
    <message>
        <source>Send from %1, the account&apos;s own address.</source>
        <translation>Hesabın kendi adresi olan %1 adresinden gönderin.</translation>
    </message>
    <message>
        <source>Send from the account&apos;s own e-mail address.</source>
        <translation>Hesabın kendi e-posta adresinden gönderin.</translation>
    </message>
    <message>
        <source>To send as another address, register it as an alias (&quot;send mail as&quot;) with your provider first.</source>
        <translation>Başka bir adresle göndermek için önce o adresi sağlayıcınızda takma ad olarak (&quot;farklı adresle gönder&quot;) kaydedin.</translation>
    </message>
    <message>
        <source>The server delivers mail only to its own addresses unless you sign in.</source>
        <translation>Oturum açmadığınız sürece sunucu yalnızca kendi adreslerine e-posta teslim ediyor.</translation>
    </message>
    <message>
        <source>The recipient address was refused</source>
        <translation>Alıcı adresi reddedildi</translation>
    </message>
    <message>
        <source>The server does not accept mail for this recipient: the address may be misspelled or no longer exist.</source>
        <translation>Sunucu bu alıcı için e-posta kabul etmiyor: adres yanlış yazılmış olabilir ya da artık mevcut olmayabilir.</translation>
    </message>
    <message>
        <source>Check the recipient address for typing mistakes.</source>
        <translation>Alıcı adresinde yazım hatası olup olmadığını kontrol edin.</translation>
    </message>
    <message>
        <source>Send the test message to your own address first.</source>
        <translation>Test iletisini önce kendi adresinize gönderin.</translation>
    </message>
    <message>
        <source>The server delivers mail to other domains only for people who have signed in.</source>
        <translation>Sunucu başka alan adlarına yalnızca oturum açmış kişiler için e-posta teslim ediyor.</translation>
    </message>
    <message>
        <source>The server refused the message because it is too large.</source>
        <translation>Sunucu iletiyi çok büyük olduğu için reddetti.</translation>
    </message>
    <message>
        <source>It accepts messages up to %1.</source>
        <translation>En fazla %1 boyutundaki iletileri kabul ediyor.</translation>
    </message>
    <message>
        <source>The message is too large</source>
        <translation>İleti çok büyük</translation>
    </message>
    <message>
        <source>Send smaller attachments, or share large files through a link.</source>
        <translation>Daha küçük ekler gönderin ya da büyük dosyaları bir bağlantı üzerinden paylaşın.</translation>
    </message>
    <message>
        <source>The server refused the message</source>
        <translation>Sunucu iletiyi reddetti</translation>
    </message>
    <message>
        <source>The server accepted the sender and recipient but refused the message itself, often because a spam or virus filter objected to it.</source>
        <translation>Sunucu göndereni ve alıcıyı kabul etti, ancak iletinin kendisini reddetti; bu genellikle bir istenmeyen posta veya virüs filtresinin iletiye itiraz etmesinden kaynaklanır.</translation>
    </message>
    <message>
        <source>Try again with a plain message; if it is refused again, show the server&apos;s answer to your provider.</source>
        <translation>Sade bir iletiyle yeniden deneyin; yine reddedilirse sunucunun yanıtını sağlayıcınıza gösterin.</translation>
    </message>
    <message>
        <source>The server cannot handle this address</source>
        <translation>Sunucu bu adresi işleyemiyor</translation>
    </message>
    <message>
        <source>An address contains letters outside the English alphabet before the @ (for example ş or ı). This needs the SMTPUTF8 extension, which this server does not offer, so nothing was sent.</source>
        <translation>Bir adreste @ işaretinden önce İngiliz alfabesi dışında harfler var (örneğin ş veya ı). Bunun için SMTPUTF8 uzantısı gerekir; bu sunucu onu sunmuyor, bu yüzden hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>Use an address written only with English letters, digits and dots before the @.</source>
        <translation>@ işaretinden önce yalnızca İngiliz alfabesindeki harfler, rakamlar ve noktalarla yazılmış bir adres kullanın.</translation>
    </message>
    <message>
        <source>The server is busy or temporarily unavailable</source>
        <translation>Sunucu meşgul veya geçici olarak kullanılamıyor</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again.</source>
        <translation>Birkaç dakika bekleyip yeniden deneyin.</translation>
    </message>
    <message>
        <source>If it keeps happening, show the server&apos;s answer to your provider.</source>
        <translation>Sorun sürerse sunucunun yanıtını sağlayıcınıza gösterin.</translation>
    </message>
    <message>
        <source>The server broke the mail protocol</source>
        <translation>Sunucu e-posta protokolüne uymadı</translation>
    </message>
    <message>
        <source>Check that the host name and port point to your provider&apos;s mail server.</source>
        <translation>Sunucu adının ve portun sağlayıcınızın e-posta sunucusunu gösterdiğini kontrol edin.</translation>
    </message>
    <message>
        <source>Show the transcript to your provider&apos;s support.</source>
        <translation>Konuşma kaydını sağlayıcınızın destek ekibine gösterin.</translation>
    </message>
    <message>
        <source>The server refuses to talk to this computer</source>
        <translation>Sunucu bu bilgisayarla konuşmayı reddediyor</translation>
    </message>
    <message>
        <source>The server answered the connection with a refusal instead of a greeting. Servers do this when the connecting address is on a block list (common for home connections on port 25) or is not allowed to send through them.</source>
        <translation>Sunucu bağlantıya karşılama yerine bir retle yanıt verdi. Sunucular bunu, bağlanan adres bir engelleme listesindeyse (25 portundaki ev bağlantıları için yaygındır) ya da o sunucu üzerinden göndermesine izin verilmiyorsa yapar.</translation>
    </message>
    <message>
        <source>If the server&apos;s answer names a block list, ask your Internet or mail provider to remove your address from it.</source>
        <translation>Sunucunun yanıtında bir engelleme listesinin adı geçiyorsa, İnternet veya e-posta sağlayıcınızdan adresinizi o listeden çıkarmasını isteyin.</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Yapabilecekleriniz:</translation>
    </message>
    <message>
        <source>[checked: this works]</source>
        <translation>[denendi: bu çalışıyor]</translation>
    </message>
    <message>
        <source>The keychain said: &quot;%1&quot;.</source>
        <translation>Anahtar zincirinin yanıtı: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Postacı keeps passwords only in the system keychain, never in a file.</source>
        <translation>Postacı parolaları yalnızca sistemin anahtar zincirinde saklar, asla bir dosyada saklamaz.</translation>
    </message>
    <message>
        <source>No saved password</source>
        <translation>Kayıtlı parola yok</translation>
    </message>
    <message>
        <source>The system keychain has no password saved for this account.</source>
        <translation>Sistemin anahtar zincirinde bu hesap için kayıtlı bir parola yok.</translation>
    </message>
    <message>
        <source>Enter the password again; you can choose to save it in the keychain.</source>
        <translation>Parolayı yeniden girin; isterseniz anahtar zincirine kaydedebilirsiniz.</translation>
    </message>
    <message>
        <source>The keychain is locked</source>
        <translation>Anahtar zinciri kilitli</translation>
    </message>
    <message>
        <source>The system keychain is locked, or has no keyring set up yet.</source>
        <translation>Sistemin anahtar zinciri kilitli ya da henüz hiç anahtarlık kurulmamış.</translation>
    </message>
    <message>
        <source>Unlock the keychain (it usually opens with your login password), or create a default keyring in your desktop&apos;s passwords tool, and try again.</source>
        <translation>Anahtar zincirinin kilidini açın (genellikle oturum açma parolanızla açılır) ya da masaüstünüzün parola aracında varsayılan bir anahtarlık oluşturun ve yeniden deneyin.</translation>
    </message>
    <message>
        <source>The keychain refused access</source>
        <translation>Anahtar zinciri erişimi reddetti</translation>
    </message>
    <message>
        <source>The system keychain refused to let Postacı store or read the password.</source>
        <translation>Sistemin anahtar zinciri, Postacı&apos;nın parolayı kaydetmesine veya okumasına izin vermedi.</translation>
    </message>
    <message>
        <source>Allow Postacı to use the keychain when it asks, and try again.</source>
        <translation>Sorulduğunda Postacı&apos;nın anahtar zincirini kullanmasına izin verin ve yeniden deneyin.</translation>
    </message>
    <message>
        <source>The keychain did not answer</source>
        <translation>Anahtar zinciri yanıt vermedi</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time; it may be waiting for you to unlock it.</source>
        <translation>Sistemin anahtar zinciri zamanında yanıt vermedi; kilidini açmanızı bekliyor olabilir.</translation>
    </message>
    <message>
        <source>Unlock the keychain and try again.</source>
        <translation>Anahtar zincirinin kilidini açın ve yeniden deneyin.</translation>
    </message>
    <message>
        <source>No keychain is available</source>
        <translation>Kullanılabilir anahtar zinciri yok</translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) could be reached to keep the password.</source>
        <translation>Parolayı saklamak için hiçbir sistem anahtar zincirine (GNOME Keyring veya KWallet gibi) ulaşılamadı.</translation>
    </message>
    <message>
        <source>Install and start a keychain (on Linux: GNOME Keyring or KWallet), log in again, and try again.</source>
        <translation>Bir anahtar zinciri kurup başlatın (Linux&apos;ta: GNOME Keyring veya KWallet), oturumu kapatıp yeniden açın ve yeniden deneyin.</translation>
    </message>
    <message>
        <source>Or choose not to save the password: Postacı will ask for it each time.</source>
        <translation>Ya da parolayı kaydetmemeyi seçin: Postacı her seferinde parolayı sorar.</translation>
    </message>
    <message>
        <source>Ask %1 whether mail programs may still sign in with an app password; if not, sending needs a program that signs in through the provider&apos;s own page.</source>
        <translation>E-posta programlarının hâlâ uygulama parolasıyla oturum açıp açamayacağını %1 ile görüşerek öğrenin; açamıyorsa, göndermek için sağlayıcının kendi sayfası üzerinden oturum açan bir program gerekir.</translation>
    </message>
    <message>
        <source>Postacı was looking up the server&apos;s address at the time.</source>
        <translation>Postacı o sırada sunucunun adresini arıyordu.</translation>
    </message>
    <message>
        <source>Postacı was connecting at the time.</source>
        <translation>Postacı o sırada bağlanıyordu.</translation>
    </message>
    <message>
        <source>Postacı was setting up encryption (TLS) at the time.</source>
        <translation>Postacı o sırada şifrelemeyi (TLS) kuruyordu.</translation>
    </message>
    <message>
        <source>Postacı was waiting for the server&apos;s greeting at the time.</source>
        <translation>Postacı o sırada sunucunun karşılamasını bekliyordu.</translation>
    </message>
    <message>
        <source>Postacı was introducing itself (EHLO) at the time.</source>
        <translation>Postacı o sırada kendini tanıtıyordu (EHLO).</translation>
    </message>
    <message>
        <source>Postacı was switching to encryption (STARTTLS) at the time.</source>
        <translation>Postacı o sırada şifrelemeye geçiyordu (STARTTLS).</translation>
    </message>
    <message>
        <source>Postacı was signing in at the time.</source>
        <translation>Postacı o sırada oturum açıyordu.</translation>
    </message>
    <message>
        <source>Postacı was giving the sender address at the time.</source>
        <translation>Postacı o sırada gönderen adresini bildiriyordu.</translation>
    </message>
    <message>
        <source>Postacı was giving the recipient address at the time.</source>
        <translation>Postacı o sırada alıcı adresini bildiriyordu.</translation>
    </message>
    <message>
        <source>Postacı was sending the message at the time.</source>
        <translation>Postacı o sırada iletiyi gönderiyordu.</translation>
    </message>
    <message>
        <source>Postacı was saying goodbye (QUIT) at the time.</source>
        <translation>Postacı o sırada oturumu kapatıyordu (QUIT).</translation>
    </message>
    <message>
        <source>Postacı was finishing at the time.</source>
        <translation>Postacı o sırada işi bitiriyordu.</translation>
    </message>
    <message>
        <source>Port %1 of %2 is not answered by a server for sending mail (SMTP).</source>
        <translation>%2 sunucusunun %1 portunda e-posta gönderme sunucusu (SMTP) yanıt vermiyor.</translation>
    </message>
    <message>
        <source>An IMAP server answers there, for reading mail, not for sending it.</source>
        <translation>Orada bir IMAP sunucusu yanıt veriyor; bu sunucu e-posta okumak içindir, göndermek için değil.</translation>
    </message>
    <message>
        <source>A POP3 server answers there, for downloading mail, not for sending it.</source>
        <translation>Orada bir POP3 sunucusu yanıt veriyor; bu sunucu e-posta indirmek içindir, göndermek için değil.</translation>
    </message>
    <message>
        <source>A web server (HTTP) answers there.</source>
        <translation>Orada bir web sunucusu (HTTP) yanıt veriyor.</translation>
    </message>
    <message>
        <source>A remote login server (SSH) answers there.</source>
        <translation>Orada bir uzaktan oturum açma sunucusu (SSH) yanıt veriyor.</translation>
    </message>
    <message>
        <source>A file transfer server (FTP) answers there.</source>
        <translation>Orada bir dosya aktarım sunucusu (FTP) yanıt veriyor.</translation>
    </message>
    <message>
        <source>A program that is not a mail server answers there.</source>
        <translation>Orada e-posta sunucusu olmayan bir program yanıt veriyor.</translation>
    </message>
    <message>
        <source>Your provider has switched off sign-in with a user name and password for sending mail (&quot;basic authentication&quot;); it only accepts a sign-in through its own web page (OAuth2).</source>
        <translation>Sağlayıcınız, e-posta göndermek için kullanıcı adı ve parolayla oturum açmayı (&quot;temel kimlik doğrulama&quot;) kapattı; yalnızca kendi web sayfası üzerinden oturum açmayı (OAuth2) kabul ediyor.</translation>
    </message>
    <message>
        <source>Read how your provider lets programs send mail: %1</source>
        <translation>Sağlayıcınızın programların e-posta göndermesine nasıl izin verdiğini okuyun: %1</translation>
    </message>
    <message>
        <source>Ask your provider whether mail programs may still sign in with an app password; if not, sending needs a program that signs in through the provider&apos;s own page.</source>
        <translation>E-posta programlarının hâlâ uygulama parolasıyla oturum açıp açamayacağını sağlayıcınıza sorun; açamıyorsa, göndermek için sağlayıcının kendi sayfası üzerinden oturum açan bir program gerekir.</translation>
    </message>
    <message>
        <source>Your provider does not accept your normal password from mail programs: it needs an app password, a separate password you create in your account&apos;s security settings (this requires two-step verification to be on).</source>
        <translation>Sağlayıcınız, e-posta programlarından gelen normal parolanızı kabul etmiyor: bir uygulama parolası gerekiyor. Bu, hesabınızın güvenlik ayarlarında oluşturduğunuz ayrı bir paroladır (bunun için iki adımlı doğrulamanın açık olması gerekir).</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Sunucu bağlantıyı kapattı.</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>Sunucu yanıt vermek için çok uzun süre bekletti.</translation>
    </message>
    <message>
        <source>The server answered with a temporary refusal.</source>
        <translation>Sunucu geçici bir retle yanıt verdi.</translation>
    </message>
    <message>
        <source>This usually passes by itself.</source>
        <translation>Bu durum genellikle kendiliğinden geçer.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not follow the SMTP rules, so Postacı stopped to stay safe.</source>
        <translation>Sunucunun yanıtı SMTP kurallarına uymuyor; bu yüzden Postacı güvenlik için durdu.</translation>
    </message>
    <message>
        <source>No password for this test</source>
        <translation>Bu test için parola yok</translation>
    </message>
    <message>
        <source>The account %1 signs in with a password, but its password was not saved in the keychain and none was given for this test. Nothing was sent.</source>
        <translation>%1 hesabı parolayla oturum açıyor, ancak parolası anahtarlığa kaydedilmemiş ve bu test için de parola verilmedi. Hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>Give the password for this test (in the test dialog, or with --password-stdin or --password-env on the command line).</source>
        <translation>Bu test için parolayı verin (test penceresinde ya da komut satırında --password-stdin veya --password-env ile).</translation>
    </message>
    <message>
        <source>Or edit the account and save its password in the keychain.</source>
        <translation>Ya da hesabı düzenleyip parolasını anahtarlığa kaydedin.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not accept mail</source>
        <translation>Alıcının alan adı e-posta kabul etmiyor</translation>
    </message>
    <message>
        <source>%1 says it receives no e-mail at all (it publishes a &quot;null MX&quot; record). Nothing was sent.</source>
        <translation>%1 alan adı hiç e-posta almadığını bildiriyor (&quot;null MX&quot; kaydı yayımlıyor). Hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>%1 does not exist or has no mail server and no address in DNS, so a message to it would bounce. Nothing was sent.</source>
        <translation>%1 alan adı yok ya da DNS&apos;te ne e-posta sunucusu ne de adresi var; bu yüzden ona gönderilen ileti geri döner. Hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>Check the recipient address for a typo.</source>
        <translation>Alıcı adresinde yazım hatası olup olmadığını kontrol edin.</translation>
    </message>
    <message>
        <source>If only your company&apos;s own server knows this domain, send anyway: the check is advice (&quot;Send anyway&quot;, or --no-recipient-check on the command line).</source>
        <translation>Bu alan adını yalnızca şirketinizin kendi sunucusu biliyorsa yine de gönderin: bu denetim yalnızca bir öneridir (&quot;Yine de gönder&quot; ya da komut satırında --no-recipient-check).</translation>
    </message>
    <message>
        <source>[caution: not your provider&apos;s own server name]</source>
        <translation>[dikkat: sağlayıcınızın kendi sunucu adı değil]</translation>
    </message>
    <message>
        <source>Use the server name the certificate is made out to: %1. It is not a name of your e-mail domain or of a provider Postacı knows: use it only if your provider or hosting company names it.</source>
        <translation>Sertifikanın düzenlendiği sunucu adını kullanın: %1. Bu ad ne e-posta alan adınıza ne de Postacı&apos;nın tanıdığı bir sağlayıcıya ait: yalnızca sağlayıcınız ya da barındırma firmanız bu adı veriyorsa kullanın.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Yeniden oturum açın</translation>
    </message>
    <message>
        <source>Not signed in yet</source>
        <translation>Henüz oturum açılmadı</translation>
    </message>
    <message>
        <source>%1 no longer accepts this account&apos;s saved sign-in (it was revoked, expired, or the password was changed). Nothing was sent.</source>
        <translation>%1 bu hesabın kayıtlı oturumunu artık kabul etmiyor (iptal edilmiş, süresi dolmuş ya da parola değiştirilmiş). Hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>This account signs in with %1 (OAuth2), and nobody has signed in with it on this computer yet. Nothing was sent.</source>
        <translation>Bu hesap %1 ile (OAuth2) oturum açıyor ve bu bilgisayarda henüz kimse onunla oturum açmadı. Hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>The provider said: %1</source>
        <translation>Sağlayıcının yanıtı: %1</translation>
    </message>
    <message>
        <source>Sign in with %1: &quot;Sign in again&quot; in the main window, or postaci-cli accounts login %2.</source>
        <translation>%1 ile oturum açın: ana penceredeki &quot;Yeniden oturum aç&quot; ya da postaci-cli accounts login %2.</translation>
    </message>
    <message>
        <source>The sign-in could not be renewed</source>
        <translation>Oturum yenilenemedi</translation>
    </message>
    <message>
        <source>The access token had expired and %1 could not renew it: %2. Nothing was sent.</source>
        <translation>Erişim belirtecinin süresi dolmuştu ve %1 onu yenileyemedi: %2. Hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>Check the connection to the internet (and a proxy or firewall), then test again.</source>
        <translation>İnternet bağlantısını (ve vekil sunucu ya da güvenlik duvarını) kontrol edip yeniden test edin.</translation>
    </message>
    <message>
        <source>If it keeps failing, sign in again.</source>
        <translation>Sorun sürerse yeniden oturum açın.</translation>
    </message>
</context>
<context>
    <name>Postaci::DiagnosisView</name>
    <message>
        <source>What you can do:</source>
        <translation>Yapabilecekleriniz:</translation>
    </message>
    <message>
        <source>Apply and test again</source>
        <translation>Uygula ve yeniden test et</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Değişiklik: %1</translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation>Uygula: %1</translation>
    </message>
    <message>
        <source>%1 is not a name of your e-mail domain or of a provider Postacı knows; only the server&apos;s certificate names it. It reaches the same machine as the server you entered, but if you use it, your password goes to whoever holds that certificate. Use it only if your provider or hosting company told you to.</source>
        <translation>%1 ne e-posta alan adınıza ne de Postacı&apos;nın tanıdığı bir sağlayıcıya ait bir ad; onu yalnızca sunucunun sertifikası söylüyor. Girdiğiniz sunucuyla aynı makineye ulaşıyor, ama kullanırsanız parolanız bu sertifikanın sahibine gider. Yalnızca sağlayıcınız ya da barındırma firmanız söylediyse kullanın.</translation>
    </message>
    <message>
        <source>Checked: works — the server answers with this setting.</source>
        <translation>Denendi: çalışıyor — sunucu bu ayarla yanıt veriyor.</translation>
    </message>
</context>
<context>
    <name>Postaci::DnsQuery</name>
    <message>
        <source>NXDOMAIN (no such name)</source>
        <translation>NXDOMAIN (böyle bir ad yok)</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 ms içinde yanıt gelmedi</translation>
    </message>
    <message>
        <source>no %1 records</source>
        <translation>%1 kaydı yok</translation>
    </message>
    <message>
        <source>no %1 records (NODATA or an empty answer)</source>
        <translation>%1 kaydı yok (NODATA veya boş yanıt)</translation>
    </message>
</context>
<context>
    <name>Postaci::DomainRecords</name>
    <message>
        <source>not a well-formed DMARC record</source>
        <translation>düzgün biçimli bir DMARC kaydı değil</translation>
    </message>
    <message>
        <source>no policy (p=)</source>
        <translation>politika yok (p=)</translation>
    </message>
    <message>
        <source>unknown policy p=%1</source>
        <translation>bilinmeyen politika p=%1</translation>
    </message>
    <message>
        <source>unknown subdomain policy sp=%1</source>
        <translation>bilinmeyen alt alan adı politikası sp=%1</translation>
    </message>
    <message>
        <source>%1 must be r or s</source>
        <translation>%1 r veya s olmalı</translation>
    </message>
    <message>
        <source>pct must be 0..100</source>
        <translation>pct 0 ile 100 arasında olmalı</translation>
    </message>
    <message>
        <source>not a DKIM key record</source>
        <translation>bir DKIM anahtar kaydı değil</translation>
    </message>
    <message>
        <source>the key (p=) is not base64</source>
        <translation>anahtar (p=) base64 değil</translation>
    </message>
    <message>
        <source>an Ed25519 key has 32 bytes, this one %1</source>
        <translation>bir Ed25519 anahtarı 32 bayttır, bu anahtar %1 bayt</translation>
    </message>
    <message>
        <source>unknown key type k=%1</source>
        <translation>bilinmeyen anahtar türü k=%1</translation>
    </message>
    <message>
        <source>the RSA key could not be read</source>
        <translation>RSA anahtarı okunamadı</translation>
    </message>
</context>
<context>
    <name>Postaci::EmailAddress</name>
    <message>
        <source>The address contains a control character (%1), such as a line break. Type the address on one line.</source>
        <translation>Adreste satır sonu gibi bir denetim karakteri (%1) var. Adresi tek satıra yazın.</translation>
    </message>
    <message>
        <source>The address contains a space. E-mail addresses have no spaces: check for a space before or after the address.</source>
        <translation>Adreste boşluk var. E-posta adreslerinde boşluk olmaz: adresin önünde veya arkasında boşluk olup olmadığını kontrol edin.</translation>
    </message>
    <message>
        <source>The character %1 is not allowed in the part before the @.</source>
        <translation>@ işaretinden önceki kısımda %1 karakteri kullanılamaz.</translation>
    </message>
    <message>
        <source>The character %1 is not allowed inside the quoted part before the @.</source>
        <translation>@ işaretinden önceki tırnak içindeki kısımda %1 karakteri kullanılamaz.</translation>
    </message>
    <message>
        <source>After the closing quote the @ must follow, but %1 came.</source>
        <translation>Kapanan tırnaktan sonra @ gelmeli, ancak %1 geldi.</translation>
    </message>
    <message>
        <source>The character %1 is not allowed in the domain (the part after the @): only letters, digits, hyphens and dots.</source>
        <translation>Alan adında (@ işaretinden sonraki kısımda) %1 karakteri kullanılamaz: yalnızca harf, rakam, kısa çizgi ve nokta kullanılabilir.</translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>Bir e-posta adresi girin.</translation>
    </message>
    <message>
        <source>The address contains a control character, such as a line break. Type the address on one line.</source>
        <translation>Adreste satır sonu gibi bir denetim karakteri var. Adresi tek satıra yazın.</translation>
    </message>
    <message>
        <source>The address contains a space. E-mail addresses have no spaces.</source>
        <translation>Adreste boşluk var. E-posta adreslerinde boşluk olmaz.</translation>
    </message>
    <message>
        <source>The address has no @. It looks like name@example.com.</source>
        <translation>Adreste @ yok. Adres ad@example.com gibi görünmeli.</translation>
    </message>
    <message>
        <source>The address has more than one @. Only one @ separates the name from the domain.</source>
        <translation>Adreste birden fazla @ var. Adı alan adından yalnızca bir @ ayırır.</translation>
    </message>
    <message>
        <source>The part before the @ is empty.</source>
        <translation>@ işaretinden önceki kısım boş.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>@ işaretinden önceki kısım 64 karakterden uzun.</translation>
    </message>
    <message>
        <source>The part before the @ must not start with a dot.</source>
        <translation>@ işaretinden önceki kısım nokta ile başlamamalı.</translation>
    </message>
    <message>
        <source>The part before the @ must not end with a dot.</source>
        <translation>@ işaretinden önceki kısım nokta ile bitmemeli.</translation>
    </message>
    <message>
        <source>The part before the @ has two dots in a row.</source>
        <translation>@ işaretinden önceki kısımda art arda iki nokta var.</translation>
    </message>
    <message>
        <source>The part before the @ contains a character that is not allowed.</source>
        <translation>@ işaretinden önceki kısımda izin verilmeyen bir karakter var.</translation>
    </message>
    <message>
        <source>A quotation mark before the @ is not closed.</source>
        <translation>@ işaretinden önceki bir tırnak işareti kapatılmamış.</translation>
    </message>
    <message>
        <source>The quoted part before the @ contains a character that is not allowed.</source>
        <translation>@ işaretinden önceki tırnak içindeki kısımda izin verilmeyen bir karakter var.</translation>
    </message>
    <message>
        <source>After the closing quotation mark the @ must follow.</source>
        <translation>Kapanan tırnak işaretinden sonra @ gelmeli.</translation>
    </message>
    <message>
        <source>The domain after the @ is missing, as in name@example.com.</source>
        <translation>@ işaretinden sonraki alan adı eksik; adres ad@example.com gibi olmalı.</translation>
    </message>
    <message>
        <source>The domain is longer than 255 characters.</source>
        <translation>Alan adı 255 karakterden uzun.</translation>
    </message>
    <message>
        <source>The domain must not start with a dot.</source>
        <translation>Alan adı nokta ile başlamamalı.</translation>
    </message>
    <message>
        <source>The domain must not end with a dot: remove the final dot.</source>
        <translation>Alan adı nokta ile bitmemeli: sondaki noktayı silin.</translation>
    </message>
    <message>
        <source>The domain has two dots in a row.</source>
        <translation>Alan adında art arda iki nokta var.</translation>
    </message>
    <message>
        <source>The domain contains a character that is not allowed: only letters, digits, hyphens and dots.</source>
        <translation>Alan adında izin verilmeyen bir karakter var: yalnızca harf, rakam, kısa çizgi ve nokta kullanılabilir.</translation>
    </message>
    <message>
        <source>A part of the domain between two dots is longer than 63 characters.</source>
        <translation>Alan adının iki nokta arasındaki bir kısmı 63 karakterden uzun.</translation>
    </message>
    <message>
        <source>A part of the domain starts with a hyphen.</source>
        <translation>Alan adının bir kısmı kısa çizgiyle başlıyor.</translation>
    </message>
    <message>
        <source>A part of the domain ends with a hyphen.</source>
        <translation>Alan adının bir kısmı kısa çizgiyle bitiyor.</translation>
    </message>
    <message>
        <source>The domain is incomplete: it needs a dot and an ending such as .com or .com.tr.</source>
        <translation>Alan adı eksik: bir nokta ve .com veya .com.tr gibi bir uzantı gerekiyor.</translation>
    </message>
    <message>
        <source>The domain ends in a number. For an IP address write it in brackets, as in name@[192.0.2.1].</source>
        <translation>Alan adı bir sayıyla bitiyor. IP adresini köşeli parantez içinde yazın, örneğin ad@[192.0.2.1].</translation>
    </message>
    <message>
        <source>The domain contains characters that cannot be used in an internationalised domain name.</source>
        <translation>Alan adında uluslararası alan adlarında kullanılamayan karakterler var.</translation>
    </message>
    <message>
        <source>The IP address in brackets is not valid. Write it as [192.0.2.1] or [IPv6:2001:db8::1].</source>
        <translation>Köşeli parantez içindeki IP adresi geçerli değil. [192.0.2.1] veya [IPv6:2001:db8::1] biçiminde yazın.</translation>
    </message>
    <message>
        <source>Only IPv4 addresses and IPv6 addresses tagged &quot;IPv6:&quot; can be written in brackets.</source>
        <translation>Köşeli parantez içinde yalnızca IPv4 adresleri ve &quot;IPv6:&quot; ile işaretlenmiş IPv6 adresleri yazılabilir.</translation>
    </message>
    <message>
        <source>The address is longer than 254 characters.</source>
        <translation>Adres 254 karakterden uzun.</translation>
    </message>
</context>
<context>
    <name>Postaci::ExportDialog</name>
    <message>
        <source>Thunderbird (autoconfig file)</source>
        <translation>Thunderbird (autoconfig dosyası)</translation>
    </message>
    <message>
        <source>msmtp (msmtprc section)</source>
        <translation>msmtp (msmtprc bölümü)</translation>
    </message>
    <message>
        <source>swaks (test command)</source>
        <translation>swaks (test komutu)</translation>
    </message>
    <message>
        <source>iPhone, iPad, Mac (configuration profile)</source>
        <translation>iPhone, iPad, Mac (yapılandırma profili)</translation>
    </message>
    <message>
        <source>Web site (.env lines)</source>
        <translation>Web sitesi (.env satırları)</translation>
    </message>
    <message>
        <source>Domain owner (autoconfig file and DNS records)</source>
        <translation>Alan adı sahibi (autoconfig dosyası ve DNS kayıtları)</translation>
    </message>
    <message>
        <source>Export settings of %1</source>
        <translation>%1 ayarlarını dışa aktar</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Biçim:</translation>
    </message>
    <message>
        <source>Exported settings</source>
        <translation>Dışa aktarılan ayarlar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>Ka&amp;ydet…</translation>
    </message>
    <message>
        <source>DNS records to publish (RFC 6186, RFC 8314):</source>
        <translation>Yayımlanacak DNS kayıtları (RFC 6186, RFC 8314):</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Panoya kopyalandı.</translation>
    </message>
    <message>
        <source>Save exported settings</source>
        <translation>Dışa aktarılan ayarları kaydet</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 dosyasına kaydedildi.</translation>
    </message>
</context>
<context>
    <name>Postaci::ExportFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
</context>
<context>
    <name>Postaci::FinishPage</name>
    <message>
        <source>Saving</source>
        <translation>Kaydediliyor</translation>
    </message>
    <message>
        <source>Save &amp;without the password</source>
        <translation>Parola&amp;sız kaydet</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Yeniden dene</translation>
    </message>
    <message>
        <source>Saving the password in the keychain, then the account…</source>
        <translation>Önce parola anahtar zincirine, sonra hesap kaydediliyor…</translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation>Hesap kaydediliyor…</translation>
    </message>
    <message>
        <source>The account is saved, and its password is in the keychain.</source>
        <translation>Hesap kaydedildi ve parolası anahtar zincirinde.</translation>
    </message>
    <message>
        <source>The account is saved without a password; Postacı will ask for it when testing.</source>
        <translation>Hesap parolasız kaydedildi; Postacı test sırasında parolayı soracak.</translation>
    </message>
    <message>
        <source>The account is saved.</source>
        <translation>Hesap kaydedildi.</translation>
    </message>
    <message>
        <source>The account could not be saved.</source>
        <translation>Hesap kaydedilemedi.</translation>
    </message>
    <message>
        <source>Check the DNS records receivers judge this account&apos;s mail by (SPF, DKIM, DMARC)</source>
        <translation>Alıcıların bu hesabın postasını değerlendirirken baktığı DNS kayıtlarını denetle (SPF, DKIM, DMARC)</translation>
    </message>
    <message>
        <source>Will my mail a&amp;rrive?…</source>
        <translation>Postalarım &amp;ulaşacak mı?…</translation>
    </message>
    <message>
        <source>Ready to save</source>
        <translation>Kaydetmeye hazır</translation>
    </message>
    <message>
        <source>Check the account below. Finish saves it; Cancel leaves nothing behind.</source>
        <translation>Aşağıdaki hesabı kontrol edin. Bitir onu kaydeder; İptal hiçbir iz bırakmaz.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Sunucu:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Kullanıcı adı:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Test:</translation>
    </message>
    <message>
        <source>&amp;Send a test e-mail after saving</source>
        <translation>Kaydettikten sonra bir &amp;test e-postası gönder</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>sistemin anahtar zincirinde saklanıyor</translation>
    </message>
    <message>
        <source>not saved; Postacı asks for it at each test</source>
        <translation>kaydedilmiyor; Postacı her testte sorar</translation>
    </message>
    <message>
        <source>Nothing is saved yet. Finish saves the account, and its password in the keychain.</source>
        <translation>Henüz hiçbir şey kaydedilmedi. Bitir hesabı kaydeder, parolasını da anahtar zincirine.</translation>
    </message>
    <message>
        <source>Nothing is saved yet. Finish saves the account.</source>
        <translation>Henüz hiçbir şey kaydedilmedi. Bitir hesabı kaydeder.</translation>
    </message>
</context>
<context>
    <name>Postaci::IdentityPage</name>
    <message>
        <source>Who sends the mail</source>
        <translation>E-postayı kim gönderiyor</translation>
    </message>
    <message>
        <source>The name recipients see, and the e-mail address the messages come from.</source>
        <translation>Alıcıların göreceği ad ve iletileri gönderen e-posta adresi.</translation>
    </message>
    <message>
        <source>e.g. Ayşe Yılmaz or Yılmaz Mobilya</source>
        <translation>ör. Ayşe Yılmaz veya Yılmaz Mobilya</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Adınız</translation>
    </message>
    <message>
        <source>e.g. info@example.com.tr</source>
        <translation>ör. info@example.com.tr</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-posta adresi</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-posta adresi:</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>&amp;Adınız:</translation>
    </message>
</context>
<context>
    <name>Postaci::Labels</name>
    <message>
        <source>Provider&apos;s own settings (HTTPS)</source>
        <translation>Sağlayıcının kendi ayarları (HTTPS)</translation>
    </message>
    <message>
        <source>Thunderbird database (ISPDB)</source>
        <translation>Thunderbird veritabanı (ISPDB)</translation>
    </message>
    <message>
        <source>Postacı&apos;s provider list</source>
        <translation>Postacı&apos;nın sağlayıcı listesi</translation>
    </message>
    <message>
        <source>DNS service record (SRV)</source>
        <translation>DNS hizmet kaydı (SRV)</translation>
    </message>
    <message>
        <source>Derived from the mail server (MX)</source>
        <translation>E-posta sunucusundan (MX) çıkarıldı</translation>
    </message>
    <message>
        <source>Guessed and tried</source>
        <translation>Tahmin edilip denendi</translation>
    </message>
    <message>
        <source>Provider&apos;s settings over plain HTTP</source>
        <translation>Düz HTTP üzerinden sağlayıcı ayarları</translation>
    </message>
    <message>
        <source>Provider&apos;s autoconfig (HTTPS)</source>
        <translation>Sağlayıcının autoconfig dosyası (HTTPS)</translation>
    </message>
    <message>
        <source>Domain&apos;s well-known autoconfig (HTTPS)</source>
        <translation>Alan adının well-known autoconfig dosyası (HTTPS)</translation>
    </message>
    <message>
        <source>Autoconfig over plain HTTP</source>
        <translation>Düz HTTP üzerinden autoconfig</translation>
    </message>
    <message>
        <source>DNS service records (SRV)</source>
        <translation>DNS hizmet kayıtları (SRV)</translation>
    </message>
    <message>
        <source>Mail server records (MX)</source>
        <translation>E-posta sunucusu kayıtları (MX)</translation>
    </message>
    <message>
        <source>ISPDB entry of the mail server&apos;s domain</source>
        <translation>E-posta sunucusunun alan adı için ISPDB kaydı</translation>
    </message>
    <message>
        <source>Usual server names</source>
        <translation>Olağan sunucu adları</translation>
    </message>
    <message>
        <source>Trying a usual server</source>
        <translation>Olağan bir sunucu deneniyor</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Bağlantı testi</translation>
    </message>
    <message>
        <source>found</source>
        <translation>bulundu</translation>
    </message>
    <message>
        <source>nothing there</source>
        <translation>orada bir şey yok</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>zamanında yanıt yok</translation>
    </message>
    <message>
        <source>error</source>
        <translation>hata</translation>
    </message>
    <message>
        <source>came over plain HTTP (could be forged)</source>
        <translation>düz HTTP üzerinden geldi (sahte olabilir)</translation>
    </message>
    <message>
        <source>from DNS without DNSSEC (could be forged)</source>
        <translation>DNSSEC olmadan DNS&apos;ten (sahte olabilir)</translation>
    </message>
    <message>
        <source>server outside your domain</source>
        <translation>sunucu alan adınızın dışında</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>şifreleme yok</translation>
    </message>
    <message>
        <source>port 25 (often blocked for home users)</source>
        <translation>25 portu (ev kullanıcılarına sıklıkla kapalı)</translation>
    </message>
    <message>
        <source>found by guessing</source>
        <translation>tahminle bulundu</translation>
    </message>
</context>
<context>
    <name>Postaci::LookupDialog</name>
    <message>
        <source>Type an e-mail address or a domain.</source>
        <translation>Bir e-posta adresi veya alan adı yazın.</translation>
    </message>
    <message>
        <source>The text contains a line break or another control character.</source>
        <translation>Metinde satır sonu veya başka bir denetim karakteri var.</translation>
    </message>
    <message>
        <source>The part before the @ is not valid.</source>
        <translation>@ işaretinden önceki kısım geçerli değil.</translation>
    </message>
    <message>
        <source>This is not a mail domain; it needs at least two parts, such as example.com.</source>
        <translation>Bu bir e-posta alan adı değil; example.com gibi en az iki kısımdan oluşmalı.</translation>
    </message>
    <message>
        <source>Look up provider settings</source>
        <translation>Sağlayıcı ayarlarını ara</translation>
    </message>
    <message>
        <source>Type an e-mail address or a domain. Postacı asks its provider list, the provider&apos;s own settings, the Thunderbird database and DNS, and tries the usual server names.</source>
        <translation>Bir e-posta adresi veya alan adı yazın. Postacı kendi sağlayıcı listesine, sağlayıcının kendi ayarlarına, Thunderbird veritabanına ve DNS&apos;e sorar ve olağan sunucu adlarını dener.</translation>
    </message>
    <message>
        <source>e.g. ali@example.com.tr or example.com.tr</source>
        <translation>ör. ali@example.com.tr veya example.com.tr</translation>
    </message>
    <message>
        <source>E-mail address or domain</source>
        <translation>E-posta adresi veya alan adı</translation>
    </message>
    <message>
        <source>&amp;Address or domain:</source>
        <translation>&amp;Adres veya alan adı:</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>A&amp;ra</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Durdur</translation>
    </message>
    <message>
        <source>Looking up settings</source>
        <translation>Ayarlar aranıyor</translation>
    </message>
    <message>
        <source>Servers found (best first):</source>
        <translation>Bulunan sunucular (en iyisi başta):</translation>
    </message>
    <message>
        <source>Where Postacı looked:</source>
        <translation>Postacı&apos;nın baktığı yerler:</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 aranıyor…</translation>
    </message>
    <message>
        <source>Stopped after %1 ms.</source>
        <translation>%1 ms sonra durduruldu.</translation>
    </message>
    <message>
        <source>Nothing found for %1. The list below shows where Postacı looked and what each place answered.</source>
        <translation>%1 için hiçbir şey bulunamadı. Aşağıdaki liste, Postacı&apos;nın nereye baktığını ve her yerin ne yanıt verdiğini gösteriyor.</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) found for %1 in %2 ms.</source>
        <translation>
            <numerusform>%1 için %2 ms içinde %n sunucu bulundu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some places did not answer in time; the results may be incomplete.</source>
        <translation>Bazı yerler zamanında yanıt vermedi; sonuçlar eksik olabilir.</translation>
    </message>
    <message>
        <source>Clear the address</source>
        <translation>Adresi temizle</translation>
    </message>
    <message>
        <source>A&amp;dd an account with this server…</source>
        <translation>Bu sunucuyla bir &amp;hesap ekle…</translation>
    </message>
</context>
<context>
    <name>Postaci::LoopbackRedirectListener</name>
    <message>
        <source>Bad request</source>
        <translation>Hatalı istek</translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation>Bu istek çok büyük.</translation>
    </message>
    <message>
        <source>This is not a request Postacı understands.</source>
        <translation>Bu, Postacı&apos;nın anladığı bir istek değil.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Bulunamadı</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Burada bir şey yok.</translation>
    </message>
    <message>
        <source>Sign-in stopped</source>
        <translation>Oturum açma durduruldu</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Postacı started, so it was refused and the sign-in was stopped. Start the sign-in again from Postacı.</source>
        <translation>Bu yanıt Postacı&apos;nın başlattığı oturum açmaya ait değil; bu yüzden reddedildi ve oturum açma durduruldu. Oturum açmayı Postacı&apos;dan yeniden başlatın.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Oturum açma reddedildi</translation>
    </message>
    <message>
        <source>The sign-in was not completed. You can close this tab and return to Postacı.</source>
        <translation>Oturum açma tamamlanmadı. Bu sekmeyi kapatıp Postacı&apos;ya dönebilirsiniz.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Oturum açıldı</translation>
    </message>
    <message>
        <source>Postacı received the sign-in. You can close this tab.</source>
        <translation>Postacı oturum açma bilgisini aldı. Bu sekmeyi kapatabilirsiniz.</translation>
    </message>
</context>
<context>
    <name>Postaci::MailDomainCheck</name>
    <message>
        <source>DNS lookup timed out</source>
        <translation>DNS sorgusu zaman aşımına uğradı</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
</context>
<context>
    <name>Postaci::MainWindow</name>
    <message>
        <source>Postacı</source>
        <translation>Postacı</translation>
    </message>
    <message>
        <source>Postacı gets an outgoing-mail account working and proves it works.</source>
        <translation>Postacı, giden posta hesabınızı çalışır hâle getirir ve çalıştığını kanıtlar.</translation>
    </message>
    <message>
        <source>Add your first account</source>
        <translation>İlk hesabınızı ekleyin</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Hazır.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Hesap &amp;ekle…</translation>
    </message>
    <message>
        <source>Add an account (%1)</source>
        <translation>Hesap ekle (%1)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>Hesabı &amp;düzenle…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Düzenle</translation>
    </message>
    <message>
        <source>&amp;Remove account…</source>
        <translation>Hesabı &amp;kaldır…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>Test e-postası gönder</translation>
    </message>
    <message>
        <source>&amp;Look up provider settings…</source>
        <translation>Sağlayıcı &amp;ayarlarını ara…</translation>
    </message>
    <message>
        <source>Look up settings</source>
        <translation>Ayarları ara</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Çıkış</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Hesaplar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Test panel</source>
        <translation>&amp;Test paneli</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sistem dili</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;About Postacı</source>
        <translation>Postacı &amp;hakkında</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Hesaplar</translation>
    </message>
    <message>
        <source>Start a &amp;new list…</source>
        <translation>Yeni bir &amp;liste başlat…</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Yeniden oku</translation>
    </message>
    <message>
        <source>Only look up a provider&apos;s settings…</source>
        <translation>Yalnızca bir sağlayıcının ayarlarını ara…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Account %1 saved.</source>
        <translation>%1 hesabı kaydedildi.</translation>
    </message>
    <message>
        <source>Remove the account %1 (%2)?</source>
        <translation>%1 (%2) hesabı kaldırılsın mı?</translation>
    </message>
    <message>
        <source>Its password is removed from the keychain too.</source>
        <translation>Parolası da anahtar zincirinden kaldırılır.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Hesabı kaldır</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Kaldır</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>%1 kaldırılıyor…</translation>
    </message>
    <message>
        <source>Account %1 removed.</source>
        <translation>%1 hesabı kaldırıldı.</translation>
    </message>
    <message>
        <source>Remove the account anyway? Its password would stay in the keychain.</source>
        <translation>Hesap yine de kaldırılsın mı? Parolası anahtar zincirinde kalır.</translation>
    </message>
    <message>
        <source>Remove &amp;anyway</source>
        <translation>Yine de k&amp;aldır</translation>
    </message>
    <message>
        <source>Test of %1</source>
        <translation>%1 testi</translation>
    </message>
    <message>
        <source>The test e-mail was accepted by the server.</source>
        <translation>Test e-postası sunucu tarafından kabul edildi.</translation>
    </message>
    <message>
        <source>The test e-mail could not be sent.</source>
        <translation>Test e-postası gönderilemedi.</translation>
    </message>
    <message>
        <source>Change account</source>
        <translation>Hesabı değiştir</translation>
    </message>
    <message>
        <source>Change the account %1: %2, and send the test e-mail again?</source>
        <translation>%1 hesabı değiştirilsin (%2) ve test e-postası yeniden gönderilsin mi?</translation>
    </message>
    <message>
        <source>&amp;Change and test again</source>
        <translation>&amp;Değiştir ve yeniden test et</translation>
    </message>
    <message>
        <source>trust the certificate %1</source>
        <translation>sertifikaya güven: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>The new language is used the next time Postacı starts.
Yeni dil, Postacı bir sonraki açılışında kullanılır.</source>
        <translation>Yeni dil, Postacı bir sonraki açılışında kullanılır.
The new language is used the next time Postacı starts.</translation>
    </message>
    <message>
        <source>About Postacı</source>
        <translation>Postacı hakkında</translation>
    </message>
    <message>
        <source>Postacı %1

Gets an outgoing-mail (SMTP) account working and proves it works: a setup wizard, a one-click test e-mail with a live transcript, and a plain-language explanation of every failure.

Passwords are kept only in the system keychain.

Licence: GNU GPL version 3 or later.</source>
        <translation>Postacı %1

Giden posta (SMTP) hesabınızı çalışır hâle getirir ve çalıştığını kanıtlar: bir kurulum sihirbazı, canlı konuşma kaydıyla tek tıkla test e-postası ve her hatanın anlaşılır bir açıklaması.

Parolalar yalnızca sistemin anahtar zincirinde saklanır.

Lisans: GNU GPL sürüm 3 veya üstü.</translation>
    </message>
    <message>
        <source>Start a new list</source>
        <translation>Yeni bir liste başlat</translation>
    </message>
    <message>
        <source>The accounts file that cannot be read is kept as a copy, and Postacı starts a new, empty list of accounts. Continue?</source>
        <translation>Okunamayan hesap dosyası bir kopya olarak saklanır ve Postacı yeni, boş bir hesap listesiyle başlar. Devam edilsin mi?</translation>
    </message>
    <message>
        <source>Check the DNS records receivers judge this account&apos;s mail by (SPF, DKIM, DMARC)</source>
        <translation>Alıcıların bu hesabın postasını değerlendirirken baktığı DNS kayıtlarını denetle (SPF, DKIM, DMARC)</translation>
    </message>
    <message>
        <source>&amp;Will my mail arrive?…</source>
        <translation>Postalarım &amp;ulaşacak mı?…</translation>
    </message>
    <message>
        <source>Send &amp;test e-mail</source>
        <translation>&amp;Test e-postası gönder</translation>
    </message>
    <message>
        <source>Send test e-mail t&amp;o…</source>
        <translation>Test e-postasını &amp;seçtiğiniz adrese gönder…</translation>
    </message>
    <message>
        <source>Send a test e-mail to %1 now (%2)</source>
        <translation>%1 adresine şimdi bir test e-postası gönder (%2)</translation>
    </message>
    <message>
        <source>Send a test e-mail (%1)</source>
        <translation>Bir test e-postası gönder (%1)</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>&amp;Yeniden oturum aç…</translation>
    </message>
    <message>
        <source>Sign the selected OAuth2 account in again in the browser</source>
        <translation>Seçili OAuth2 hesabıyla tarayıcıda yeniden oturum aç</translation>
    </message>
    <message>
        <source>E&amp;xport settings…</source>
        <translation>Ayarları dı&amp;şa aktar…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <source>Test all accou&amp;nts</source>
        <translation>Tüm &amp;hesapları test et</translation>
    </message>
    <message>
        <source>Test all</source>
        <translation>Tümünü test et</translation>
    </message>
    <message>
        <source>The provider no longer accepts the saved sign-in: sign in again.</source>
        <translation>Sağlayıcı kayıtlı oturumu artık kabul etmiyor: yeniden oturum açın.</translation>
    </message>
</context>
<context>
    <name>Postaci::OAuthConfig</name>
    <message>
        <source>the provider</source>
        <translation>sağlayıcı</translation>
    </message>
    <message>
        <source>No OAuth2 client id is configured for %1. Postacı does not borrow another program&apos;s: your organisation registers Postacı as a desktop (public) application at %1, with the redirect address http://127.0.0.1 (any port), and gives the client id with --oauth-client-id, in the wizard, or at build time (docs/oauth2.md).</source>
        <translation>%1 için yapılandırılmış bir OAuth2 istemci kimliği yok. Postacı başka bir programınkini ödünç almaz: kurumunuz Postacı&apos;yı %1 üzerinde http://127.0.0.1 (herhangi bir port) yönlendirme adresiyle bir masaüstü (public) uygulaması olarak kaydeder ve istemci kimliğini --oauth-client-id ile, sihirbazda ya da derleme sırasında verir (docs/oauth2.md).</translation>
    </message>
    <message>
        <source>%1 also accepts an app password: choose password sign-in and use one instead.</source>
        <translation>%1 uygulama parolasını da kabul ediyor: parolayla oturum açmayı seçip bunun yerine bir uygulama parolası kullanın.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>&quot;%1&quot;, şunlardan biri değil: %2.</translation>
    </message>
    <message>
        <source>The OAuth2 client id or scope contains a line break or another control character.</source>
        <translation>OAuth2 istemci kimliğinde veya kapsamında satır sonu ya da başka bir denetim karakteri var.</translation>
    </message>
    <message>
        <source>The authorization address must be an https:// address (http:// only to 127.0.0.1 or ::1).</source>
        <translation>Yetkilendirme adresi https:// ile başlamalı (http:// yalnızca 127.0.0.1 veya ::1 için).</translation>
    </message>
    <message>
        <source>The token address must be an https:// address (http:// only to 127.0.0.1 or ::1).</source>
        <translation>Belirteç adresi https:// ile başlamalı (http:// yalnızca 127.0.0.1 veya ::1 için).</translation>
    </message>
    <message>
        <source>The OAuth2 scope is empty.</source>
        <translation>OAuth2 kapsamı boş.</translation>
    </message>
    <message>
        <source>&quot;oauth2.%1&quot; is missing or not a string</source>
        <translation>&quot;oauth2.%1&quot; eksik ya da bir metin değil</translation>
    </message>
</context>
<context>
    <name>Postaci::OAuthSignInJob</name>
    <message>
        <source>Signed in.</source>
        <translation>Oturum açıldı.</translation>
    </message>
    <message>
        <source>Could not open a local port for the browser&apos;s answer: %1</source>
        <translation>Tarayıcının yanıtı için yerel bir port açılamadı: %1</translation>
    </message>
    <message>
        <source>The answer that came back does not belong to this sign-in (its state differs); it was refused and nothing was saved.</source>
        <translation>Gelen yanıt bu oturum açmaya ait değil (state değeri farklı); reddedildi ve hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>The provider did not grant access (%1); nothing was saved.</source>
        <translation>Sağlayıcı erişim izni vermedi (%1); hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>The provider refused to complete the sign-in (%1); nothing was saved.</source>
        <translation>Sağlayıcı oturum açmayı tamamlamayı reddetti (%1); hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>The provider&apos;s token service could not be used: %1</source>
        <translation>Sağlayıcının belirteç hizmeti kullanılamadı: %1</translation>
    </message>
    <message>
        <source>No answer from the browser in time; the sign-in was stopped and nothing was saved.</source>
        <translation>Tarayıcıdan zamanında yanıt gelmedi; oturum açma durduruldu ve hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>Signed in, but the keychain could not keep the sign-in: %1</source>
        <translation>Oturum açıldı, ancak anahtar zinciri oturumu saklayamadı: %1</translation>
    </message>
    <message>
        <source>The sign-in was cancelled; nothing was saved.</source>
        <translation>Oturum açma iptal edildi; hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>no account id</source>
        <translation>hesap kimliği yok</translation>
    </message>
</context>
<context>
    <name>Postaci::OAuthSignInWidget</name>
    <message>
        <source>Cancel sign-in</source>
        <translation>Oturum açmayı iptal et</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>Tarayıcı bekleniyor</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>%1 olarak oturum açıldı.</translation>
    </message>
    <message>
        <source>If the page did not open, open this address in a browser:</source>
        <translation>Sayfa açılmadıysa bu adresi bir tarayıcıda açın:</translation>
    </message>
    <message>
        <source>Sign in on %1&apos;s page in your browser.</source>
        <translation>Tarayıcınızda %1 sayfasında oturum açın.</translation>
    </message>
    <message>
        <source>No browser could be opened.</source>
        <translation>Tarayıcı açılamadı.</translation>
    </message>
    <message>
        <source>The browser answered; completing the sign-in…</source>
        <translation>Tarayıcı yanıt verdi; oturum açma tamamlanıyor…</translation>
    </message>
    <message>
        <source>Sign in again: %1</source>
        <translation>Yeniden oturum aç: %1</translation>
    </message>
    <message>
        <source>%1 signs in with %2. Sign in in the browser; Postacı keeps the new sign-in in the keychain.</source>
        <translation>%1, %2 ile oturum açıyor. Tarayıcıda oturum açın; Postacı yeni oturumu anahtar zincirinde saklar.</translation>
    </message>
    <message>
        <source>Sign in again with %1</source>
        <translation>%1 ile yeniden oturum aç</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>%1 ile oturum aç</translation>
    </message>
</context>
<context>
    <name>Postaci::OAuthTokenRequest</name>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>%1 %2 sn içinde yanıt vermedi</translation>
    </message>
    <message>
        <source>the token address is not https:// (or http:// to a loopback address)</source>
        <translation>belirteç adresi https:// değil (ya da geri döngü adresine http:// değil)</translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes</source>
        <translation>yanıt %1 bayttan büyük</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP durumu %1</translation>
    </message>
    <message>
        <source>the answer has no access token</source>
        <translation>yanıtta erişim belirteci yok</translation>
    </message>
</context>
<context>
    <name>Postaci::PasswordChecklist</name>
    <message>
        <source>%1&apos;s own rule for passwords of mail programs: %2</source>
        <translation>%1 sağlayıcısının e-posta programı parolaları için kendi kuralı: %2</translation>
    </message>
    <message>
        <source>How to create one</source>
        <translation>Nasıl oluşturulur</translation>
    </message>
    <message>
        <source>The password must have:</source>
        <translation>Parolada şunlar olmalı:</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>Karşılandı: %1</translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation>Karşılanmadı: %1</translation>
    </message>
</context>
<context>
    <name>Postaci::PasswordPolicy</name>
    <message>
        <source>Provider&apos;s format: %1</source>
        <translation>Sağlayıcının biçimi: %1</translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation>%1 ile %2 arasında karakter</translation>
    </message>
    <message>
        <source>At least one digit</source>
        <translation>En az bir rakam</translation>
    </message>
    <message>
        <source>At least one lower-case letter</source>
        <translation>En az bir küçük harf</translation>
    </message>
    <message>
        <source>At least one upper-case letter</source>
        <translation>En az bir büyük harf</translation>
    </message>
    <message>
        <source>Not the same as the e-mail address</source>
        <translation>E-posta adresiyle aynı değil</translation>
    </message>
    <message>
        <source>Not the same as the part of the address before the @</source>
        <translation>Adresin @ işaretinden önceki kısmıyla aynı değil</translation>
    </message>
    <message>
        <source>The provider&apos;s password format</source>
        <translation>Sağlayıcının parola biçimi</translation>
    </message>
    <message>
        <source>No line breaks or other control characters</source>
        <translation>Satır sonu veya başka denetim karakteri yok</translation>
    </message>
</context>
<context>
    <name>Postaci::QtDnsResolver</name>
    <message>
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <source>deadline reached</source>
        <translation>süre doldu</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 ms içinde yanıt gelmedi</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>yanıt yok: %1</translation>
    </message>
</context>
<context>
    <name>Postaci::SecretError</name>
    <message>
        <source>No keychain is available to keep the password safely (Postacı never writes passwords to a file). Install and start a keychain such as GNOME Keyring or KWallet and log in again, or save the account without its password and type the password when you test it.</source>
        <translation>Parolayı güvenle saklayacak bir anahtar zinciri yok (Postacı parolaları asla bir dosyaya yazmaz). GNOME Keyring veya KWallet gibi bir anahtar zinciri kurup başlatın ve oturumu yeniden açın; ya da hesabı parolasız kaydedip parolayı test ederken yazın.</translation>
    </message>
    <message>
        <source>The keychain is locked, or no keyring is set up in it yet. Unlock it (your desktop asks for its password), or create a default keyring with your desktop&apos;s passwords tool, and try again; or save the account without its password.</source>
        <translation>Anahtar zinciri kilitli ya da içinde henüz hiç anahtarlık kurulmamış. Kilidini açın (masaüstünüz parolasını sorar) veya masaüstünüzün parola aracıyla varsayılan bir anahtarlık oluşturup yeniden deneyin; ya da hesabı parolasız kaydedin.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Allow Postacı to use the keychain and try again, or save the account without its password.</source>
        <translation>Anahtar zincirine erişim reddedildi. Postacı&apos;nın anahtar zincirini kullanmasına izin verip yeniden deneyin ya da hesabı parolasız kaydedin.</translation>
    </message>
    <message>
        <source>The keychain has no password for this account. Enter the password again to save it.</source>
        <translation>Anahtar zincirinde bu hesap için parola yok. Kaydetmek için parolayı yeniden girin.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time; it may be waiting for you to unlock it. Unlock it and try again, or save the account without its password.</source>
        <translation>Anahtar zinciri zamanında yanıt vermedi; kilidini açmanızı bekliyor olabilir. Kilidini açıp yeniden deneyin ya da hesabı parolasız kaydedin.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it keeps failing, save the account without its password.</source>
        <translation>Anahtar zinciri bir hata bildirdi. Yeniden deneyin; hata sürerse hesabı parolasız kaydedin.</translation>
    </message>
</context>
<context>
    <name>Postaci::SecretJob</name>
    <message>
        <source>empty account id</source>
        <translation>hesap kimliği boş</translation>
    </message>
    <message>
        <source>no answer from the keychain within %1 ms</source>
        <translation>anahtar zinciri %1 ms içinde yanıt vermedi</translation>
    </message>
</context>
<context>
    <name>Postaci::SendTestDialog</name>
    <message>
        <source>Send a test e-mail</source>
        <translation>Test e-postası gönder</translation>
    </message>
    <message>
        <source>Postacı sends a short test message through %1. It goes to your own address unless you choose another.</source>
        <translation>Postacı, %1 sunucusu üzerinden kısa bir test iletisi gönderir. Başka bir adres seçmezseniz ileti kendi adresinize gider.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Gönderen</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Alıcı</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Kimden:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Ki&amp;me:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <source>No password is saved for this account; it is used for this test only.</source>
        <translation>Bu hesap için kayıtlı parola yok; parola yalnızca bu test için kullanılır.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Gönder</translation>
    </message>
</context>
<context>
    <name>Postaci::ServerGuesser</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 ms içinde yanıt gelmedi</translation>
    </message>
    <message>
        <source>does not resolve</source>
        <translation>adrese çözümlenemiyor</translation>
    </message>
    <message>
        <source>probe %1</source>
        <translation>%1 denendi</translation>
    </message>
</context>
<context>
    <name>Postaci::ServerPage</name>
    <message>
        <source>Outgoing mail server</source>
        <translation>Giden posta sunucusu</translation>
    </message>
    <message>
        <source>Postacı looks up your provider&apos;s settings. Choose one of the suggestions, or type the server your provider or host gave you.</source>
        <translation>Postacı, sağlayıcınızın ayarlarını arar. Önerilerden birini seçin ya da sağlayıcınızın veya barındırma firmanızın verdiği sunucuyu yazın.</translation>
    </message>
    <message>
        <source>Looking up settings</source>
        <translation>Ayarlar aranıyor</translation>
    </message>
    <message>
        <source>&amp;Stop looking</source>
        <translation>Aramayı &amp;durdur</translation>
    </message>
    <message>
        <source>&amp;Look up again</source>
        <translation>Yeniden &amp;ara</translation>
    </message>
    <message>
        <source>e.g. mail.example.com.tr</source>
        <translation>ör. mail.example.com.tr</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Sunucu</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Güvenlik</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Oturum açma yöntemi</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Sunucu:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Gü&amp;venlik:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Oturum açma &amp;yöntemi:</translation>
    </message>
    <message>
        <source>This address cannot be looked up; type the server below.</source>
        <translation>Bu adres için arama yapılamıyor; sunucuyu aşağıya yazın.</translation>
    </message>
    <message>
        <source>Looking up the settings for %1…</source>
        <translation>%1 için ayarlar aranıyor…</translation>
    </message>
    <message numerus="yes">
        <source>Lookup stopped. %n suggestion(s) so far.</source>
        <translation>
            <numerusform>Arama durduruldu. Şu ana kadar %n öneri bulundu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No settings found in %n place(s) Postacı looked. Type the server your provider gave you.</source>
        <translation>
            <numerusform>Postacı&apos;nın baktığı %n yerde hiçbir ayar bulunamadı. Sağlayıcınızın verdiği sunucuyu yazın.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) found. The best is selected when it comes from a trusted source.</source>
        <translation>
            <numerusform>%n öneri bulundu. En iyisi, güvenilir bir kaynaktan geliyorsa seçili olur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some places did not answer in time.</source>
        <translation>Bazı yerler zamanında yanıt vermedi.</translation>
    </message>
    <message>
        <source>Port %1 is used with %2, so security was set to %2.</source>
        <translation>%1 portu %2 ile kullanılır; bu yüzden güvenlik %2 olarak ayarlandı.</translation>
    </message>
    <message>
        <source>Many internet providers block port 25 for home users; 587 or 465 usually work.</source>
        <translation>Birçok İnternet servis sağlayıcısı ev kullanıcılarına 25 portunu kapatır; genellikle 587 veya 465 çalışır.</translation>
    </message>
    <message>
        <source>Without encryption anyone on the network path can read the messages and, if you sign in, your password.</source>
        <translation>Şifreleme olmadan ağ yolundaki herkes iletileri ve, oturum açarsanız, parolanızı okuyabilir.</translation>
    </message>
    <message>
        <source>How to create one</source>
        <translation>Nasıl oluşturulur</translation>
    </message>
    <message>
        <source>%1 accepts mail programs only with an app password, not your normal password.</source>
        <translation>%1, e-posta programlarını normal parolanızla değil, yalnızca bir uygulama parolasıyla kabul ediyor.</translation>
    </message>
    <message>
        <source>%1 allows mail programs to sign in only with OAuth2; a password will not work.</source>
        <translation>%1, e-posta programlarının yalnızca OAuth2 ile oturum açmasına izin veriyor; parola işe yaramaz.</translation>
    </message>
    <message>
        <source>Show &amp;where Postacı looked</source>
        <translation>Postacı&apos;nın &amp;nerelere baktığını göster</translation>
    </message>
    <message numerus="yes">
        <source>No settings found in %n place(s) Postacı looked. The usual name %1 exists, so it is filled in below; check it against what your provider gave you.</source>
        <translation>
            <numerusform>Postacı&apos;nın baktığı %n yerde hiçbir ayar bulunamadı. Yaygın ad %1 var olduğu için aşağıya yazıldı; sağlayıcınızın verdiğiyle karşılaştırın.</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ör. %1</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Usual names Postacı tried:</source>
        <translation>Postacı&apos;nın denediği yaygın adlar:</translation>
    </message>
</context>
<context>
    <name>Postaci::SessionView</name>
    <message>
        <source>No test has run yet.</source>
        <translation>Henüz hiç test yapılmadı.</translation>
    </message>
    <message>
        <source>Test in progress</source>
        <translation>Test sürüyor</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Testi iptal et</translation>
    </message>
    <message>
        <source>Show certificate…</source>
        <translation>Sertifikayı göster…</translation>
    </message>
    <message>
        <source>Steps of the test</source>
        <translation>Testin adımları</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Adım</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Testing the connection to %1, port %2…</source>
        <translation>%1 sunucusuyla bağlantı test ediliyor, port %2…</translation>
    </message>
    <message>
        <source>Sending the test e-mail through %1, port %2…</source>
        <translation>Test e-postası %1 sunucusu üzerinden gönderiliyor, port %2…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>%1 sunucusuna bağlanıldı.</translation>
    </message>
    <message>
        <source>Encrypted with %1 (%2).</source>
        <translation>%1 ile şifrelendi (%2).</translation>
    </message>
    <message>
        <source>Signed in with %1.</source>
        <translation>%1 ile oturum açıldı.</translation>
    </message>
    <message>
        <source>Queue id: %1.</source>
        <translation>Kuyruk kimliği: %1.</translation>
    </message>
    <message>
        <source>Success: the server accepted these settings.</source>
        <translation>Başarılı: sunucu bu ayarları kabul etti.</translation>
    </message>
    <message>
        <source>Success: the server accepted the test e-mail.</source>
        <translation>Başarılı: sunucu test e-postasını kabul etti.</translation>
    </message>
    <message>
        <source>Failed at “%1”: %2</source>
        <translation>“%1” adımında başarısız oldu: %2</translation>
    </message>
    <message>
        <source>Show certificate and trust it…</source>
        <translation>Sertifikayı göster ve ona güven…</translation>
    </message>
    <message>
        <source>Checking which of these settings the server answers…</source>
        <translation>Sunucunun bu ayarlardan hangisine yanıt verdiği kontrol ediliyor…</translation>
    </message>
    <message>
        <source>Preparing the test of %1, port %2…</source>
        <translation>%1, port %2 testi hazırlanıyor…</translation>
    </message>
    <message>
        <source>Preparing a test e-mail through %1, port %2…</source>
        <translation>%1, port %2 üzerinden bir test e-postası hazırlanıyor…</translation>
    </message>
    <message>
        <source>Test id: %1</source>
        <translation>Test kimliği: %1</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>Yine de &amp;gönder</translation>
    </message>
    <message>
        <source>Warning: the server&apos;s certificate is not the pinned one. It is valid for the server, so the test went on; check the certificate before trusting it.</source>
        <translation>Uyarı: sunucunun sertifikası sabitlenmiş sertifika değil. Sunucu için geçerli olduğundan teste devam edildi; güvenmeden önce sertifikayı kontrol edin.</translation>
    </message>
    <message>
        <source>Send the test e-mail without checking the recipient&apos;s domain first</source>
        <translation>Deneme e-postasını alıcının alan adını önce denetlemeden gönder</translation>
    </message>
    <message>
        <source>%1: running</source>
        <translation>%1: sürüyor</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: tamamlandı</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1: başarısız</translation>
    </message>
</context>
<context>
    <name>Postaci::SettingsChange</name>
    <message>
        <source>server %1</source>
        <translation>sunucu %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
    <message>
        <source>sign-in method %1</source>
        <translation>oturum açma yöntemi %1</translation>
    </message>
    <message>
        <source>user name %1</source>
        <translation>kullanıcı adı %1</translation>
    </message>
</context>
<context>
    <name>Postaci::SettingsFinder</name>
    <message>
        <source>overall deadline of %1 ms reached</source>
        <translation>toplam %1 ms&apos;lik süre sınırı doldu</translation>
    </message>
    <message>
        <source>no provider in the built-in catalog serves this domain</source>
        <translation>yerleşik katalogda bu alan adına hizmet veren bir sağlayıcı yok</translation>
    </message>
    <message>
        <source>not a usable clientConfig document (%1)</source>
        <translation>kullanılabilir bir clientConfig belgesi değil (%1)</translation>
    </message>
    <message>
        <source>the document lists no SMTP server</source>
        <translation>belgede hiçbir SMTP sunucusu yok</translation>
    </message>
    <message>
        <source>target &quot;.&quot;: the domain says this service is not available (RFC 6186 §3.4)</source>
        <translation>hedef &quot;.&quot;: alan adı bu hizmetin sunulmadığını bildiriyor (RFC 6186 §3.4)</translation>
    </message>
    <message>
        <source>no usable SRV target</source>
        <translation>kullanılabilir SRV hedefi yok</translation>
    </message>
    <message>
        <source>null MX: the domain accepts no mail (RFC 7505)</source>
        <translation>boş MX: alan adı hiç e-posta kabul etmiyor (RFC 7505)</translation>
    </message>
    <message>
        <source>ignored: HTTPS or catalog sources answered</source>
        <translation>yok sayıldı: HTTPS veya katalog kaynakları yanıt verdi</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
</context>
<context>
    <name>Postaci::SettingsInput</name>
    <message>
        <source>&quot;%1&quot; is not a port number from 1 to 65535.</source>
        <translation>&quot;%1&quot;, 1 ile 65535 arasında bir port numarası değil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of none, starttls, tls.</source>
        <translation>&quot;%1&quot;, none, starttls, tls değerlerinden biri değil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint; write it as sha256: followed by 64 hexadecimal digits (colons allowed).</source>
        <translation>&quot;%1&quot; bir SHA-256 parmak izi değil; sha256: ve ardından 64 onaltılık basamak olarak yazın (iki nokta üst üste kullanılabilir).</translation>
    </message>
    <message>
        <source>the user name contains a line break or another control character.</source>
        <translation>kullanıcı adında satır sonu veya başka bir denetim karakteri var.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of auto, none, plain, login, cram-md5, xoauth2, oauthbearer, oauth2.</source>
        <translation>&quot;%1&quot;, auto, none, plain, login, cram-md5, xoauth2, oauthbearer, oauth2 değerlerinden biri değil.</translation>
    </message>
</context>
<context>
    <name>Postaci::SettingsLabels</name>
    <message>
        <source>No encryption</source>
        <translation>Şifreleme yok</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>şifreleme yok</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatik</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>otomatik</translation>
    </message>
    <message>
        <source>No sign-in</source>
        <translation>Oturum açmadan</translation>
    </message>
    <message>
        <source>no sign-in</source>
        <translation>oturum açmadan</translation>
    </message>
    <message>
        <source>%1 (OAuth2 token)</source>
        <translation>%1 (OAuth2 erişim belirteci)</translation>
    </message>
    <message>
        <source>Looking up the server</source>
        <translation>Sunucuyu arama</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Bağlanma</translation>
    </message>
    <message>
        <source>Encrypting (TLS)</source>
        <translation>Şifreleme (TLS)</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>Sunucu karşılaması</translation>
    </message>
    <message>
        <source>Introduction (EHLO)</source>
        <translation>Tanışma (EHLO)</translation>
    </message>
    <message>
        <source>Switching to encryption (STARTTLS)</source>
        <translation>Şifrelemeye geçiş (STARTTLS)</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Oturum açma</translation>
    </message>
    <message>
        <source>Sender (MAIL FROM)</source>
        <translation>Gönderen (MAIL FROM)</translation>
    </message>
    <message>
        <source>Recipient (RCPT TO)</source>
        <translation>Alıcı (RCPT TO)</translation>
    </message>
    <message>
        <source>Sending the message</source>
        <translation>İletiyi gönderme</translation>
    </message>
    <message>
        <source>Goodbye (QUIT)</source>
        <translation>Vedalaşma (QUIT)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <source>invalid settings</source>
        <translation>geçersiz ayarlar</translation>
    </message>
    <message>
        <source>server not found</source>
        <translation>sunucu bulunamadı</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>bağlantı reddedildi</translation>
    </message>
    <message>
        <source>no answer (port blocked?)</source>
        <translation>yanıt yok (port engelli mi?)</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>ağ hatası</translation>
    </message>
    <message>
        <source>the server hung up</source>
        <translation>sunucu bağlantıyı kapattı</translation>
    </message>
    <message>
        <source>the server was too slow</source>
        <translation>sunucu çok yavaş kaldı</translation>
    </message>
    <message>
        <source>encryption failed</source>
        <translation>şifreleme başarısız</translation>
    </message>
    <message>
        <source>untrusted certificate</source>
        <translation>güvenilmeyen sertifika</translation>
    </message>
    <message>
        <source>certificate for another name</source>
        <translation>sertifika başka bir ada ait</translation>
    </message>
    <message>
        <source>certificate expired</source>
        <translation>sertifikanın süresi dolmuş</translation>
    </message>
    <message>
        <source>certificate changed</source>
        <translation>sertifika değişmiş</translation>
    </message>
    <message>
        <source>wrong security mode</source>
        <translation>yanlış güvenlik türü</translation>
    </message>
    <message>
        <source>not a mail server</source>
        <translation>e-posta sunucusu değil</translation>
    </message>
    <message>
        <source>no STARTTLS</source>
        <translation>STARTTLS yok</translation>
    </message>
    <message>
        <source>STARTTLS refused</source>
        <translation>STARTTLS reddedildi</translation>
    </message>
    <message>
        <source>tampered connection</source>
        <translation>bağlantıya müdahale edilmiş</translation>
    </message>
    <message>
        <source>TLS unavailable</source>
        <translation>TLS kullanılamıyor</translation>
    </message>
    <message>
        <source>sign-in not offered</source>
        <translation>oturum açma sunulmuyor</translation>
    </message>
    <message>
        <source>sign-in method not supported</source>
        <translation>oturum açma yöntemi desteklenmiyor</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>yanlış kullanıcı adı veya parola</translation>
    </message>
    <message>
        <source>app password needed</source>
        <translation>uygulama parolası gerekli</translation>
    </message>
    <message>
        <source>OAuth2 needed</source>
        <translation>OAuth2 gerekli</translation>
    </message>
    <message>
        <source>sign-in required</source>
        <translation>oturum açmak gerekli</translation>
    </message>
    <message>
        <source>encryption required</source>
        <translation>şifreleme gerekli</translation>
    </message>
    <message>
        <source>password would travel unencrypted</source>
        <translation>parola şifresiz iletilecekti</translation>
    </message>
    <message>
        <source>sender refused</source>
        <translation>gönderen reddedildi</translation>
    </message>
    <message>
        <source>recipient refused</source>
        <translation>alıcı reddedildi</translation>
    </message>
    <message>
        <source>relaying denied</source>
        <translation>aktarma reddedildi</translation>
    </message>
    <message>
        <source>message refused</source>
        <translation>ileti reddedildi</translation>
    </message>
    <message>
        <source>message too large</source>
        <translation>ileti çok büyük</translation>
    </message>
    <message>
        <source>international address not supported</source>
        <translation>uluslararası adres desteklenmiyor</translation>
    </message>
    <message>
        <source>server busy</source>
        <translation>sunucu meşgul</translation>
    </message>
    <message>
        <source>server misbehaved</source>
        <translation>sunucu kurallara uymadı</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <source>connection rejected</source>
        <translation>bağlantı geri çevrildi</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>anahtarlık kullanılamıyor</translation>
    </message>
    <message>
        <source>OAuth2 sign-in</source>
        <translation>OAuth2 ile oturum açma</translation>
    </message>
</context>
<context>
    <name>Postaci::SmtpSession</name>
    <message>
        <source>Connecting to %1 port %2 (%3)</source>
        <translation>%1 sunucusunun %2 portuna bağlanılıyor (%3)</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 sunucusuna bağlanıldı</translation>
    </message>
    <message>
        <source>Starting TLS</source>
        <translation>TLS başlatılıyor</translation>
    </message>
    <message>
        <source>TLS established: %1, %2</source>
        <translation>TLS kuruldu: %1, %2</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>Sertifika sorunu: %1</translation>
    </message>
    <message>
        <source>The certificate is accepted because its SHA-256 fingerprint is pinned</source>
        <translation>Sertifika kabul edildi, çünkü SHA-256 parmak izi sabitlenmiş</translation>
    </message>
    <message>
        <source>EHLO was rejected; trying HELO (no TLS upgrade and no authentication are needed)</source>
        <translation>EHLO reddedildi; HELO deneniyor (TLS yükseltmesi ve kimlik doğrulama gerekmiyor)</translation>
    </message>
    <message>
        <source>Authenticated with %1</source>
        <translation>%1 ile kimlik doğrulandı</translation>
    </message>
    <message>
        <source>The server accepted the message; queue id %1</source>
        <translation>Sunucu iletiyi kabul etti; kuyruk kimliği %1</translation>
    </message>
    <message>
        <source>No greeting: checking whether the server expects TLS at once</source>
        <translation>Karşılama yok: sunucunun hemen TLS bekleyip beklemediği kontrol ediliyor</translation>
    </message>
    <message>
        <source>The TLS handshake failed (%1); checking what the server sends without TLS</source>
        <translation>TLS el sıkışması başarısız oldu (%1); sunucunun TLS olmadan ne gönderdiği kontrol ediliyor</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>the sender address contains a control character</source>
        <translation>gönderen adresinde denetim karakteri var</translation>
    </message>
    <message>
        <source>the sender address contains a space or angle bracket</source>
        <translation>gönderen adresinde boşluk veya açılı ayraç var</translation>
    </message>
    <message>
        <source>the sender address is longer than 320 characters</source>
        <translation>gönderen adresi 320 karakterden uzun</translation>
    </message>
    <message>
        <source>a recipient address contains a control character</source>
        <translation>bir alıcı adresinde denetim karakteri var</translation>
    </message>
    <message>
        <source>a recipient address contains a space or angle bracket</source>
        <translation>bir alıcı adresinde boşluk veya açılı ayraç var</translation>
    </message>
    <message>
        <source>a recipient address is longer than 320 characters</source>
        <translation>bir alıcı adresi 320 karakterden uzun</translation>
    </message>
    <message>
        <source>host is empty</source>
        <translation>sunucu adı boş</translation>
    </message>
    <message>
        <source>host contains a space, CR, LF or NUL</source>
        <translation>sunucu adında boşluk, CR, LF veya NUL var</translation>
    </message>
    <message>
        <source>port is 0</source>
        <translation>port 0</translation>
    </message>
    <message>
        <source>password contains CR, LF or NUL</source>
        <translation>parolada CR, LF veya NUL var</translation>
    </message>
    <message>
        <source>EHLO name contains a space or control character</source>
        <translation>EHLO adında boşluk veya denetim karakteri var</translation>
    </message>
    <message>
        <source>a pinned fingerprint is not a SHA-256 digest</source>
        <translation>sabitlenmiş bir parmak izi SHA-256 özeti değil</translation>
    </message>
    <message>
        <source>authentication %1 requested without credentials</source>
        <translation>%1 kimlik doğrulaması, kullanıcı adı ve parola olmadan istendi</translation>
    </message>
    <message>
        <source>XOAUTH2 needs a token</source>
        <translation>XOAUTH2 için bir erişim belirteci gerekir</translation>
    </message>
    <message>
        <source>a timeout is not positive</source>
        <translation>bir zaman aşımı süresi pozitif değil</translation>
    </message>
    <message>
        <source>no recipient</source>
        <translation>alıcı yok</translation>
    </message>
    <message>
        <source>empty recipient address</source>
        <translation>boş alıcı adresi</translation>
    </message>
    <message>
        <source>message is empty</source>
        <translation>ileti boş</translation>
    </message>
    <message>
        <source>message contains NUL</source>
        <translation>iletide NUL var</translation>
    </message>
    <message>
        <source>a message line is longer than 998 octets</source>
        <translation>iletinin bir satırı 998 bayttan uzun</translation>
    </message>
    <message>
        <source>reply longer than %1 bytes</source>
        <translation>yanıt %1 bayttan uzun</translation>
    </message>
    <message>
        <source>NUL byte in a reply line</source>
        <translation>bir yanıt satırında NUL baytı var</translation>
    </message>
    <message>
        <source>reply line does not start with a 3-digit code</source>
        <translation>yanıt satırı 3 haneli bir kodla başlamıyor</translation>
    </message>
    <message>
        <source>reply code %1 outside 2xx-5xx</source>
        <translation>yanıt kodu %1, 2xx-5xx aralığının dışında</translation>
    </message>
    <message>
        <source>reply code not followed by space or hyphen</source>
        <translation>yanıt kodundan sonra boşluk veya tire gelmiyor</translation>
    </message>
    <message>
        <source>mixed codes %1 and %2 in one reply</source>
        <translation>tek bir yanıtta farklı kodlar var: %1 ve %2</translation>
    </message>
    <message>
        <source>reply has more than %1 lines</source>
        <translation>yanıtta %1 satırdan fazla var</translation>
    </message>
    <message>
        <source>the server speaks an unknown protocol, not SMTP</source>
        <translation>sunucu SMTP değil, bilinmeyen bir protokol konuşuyor</translation>
    </message>
    <message>
        <source>the server speaks %1, not SMTP</source>
        <translation>sunucu SMTP değil, %1 konuşuyor</translation>
    </message>
    <message>
        <source>&lt;redacted&gt;</source>
        <translation>&lt;gizlendi&gt;</translation>
    </message>
    <message>
        <source>no TLS backend is available</source>
        <translation>kullanılabilir bir TLS altyapısı yok</translation>
    </message>
    <message>
        <source>TLS could not start: %1</source>
        <translation>TLS başlatılamadı: %1</translation>
    </message>
    <message>
        <source>the server sent a TLS record instead of an SMTP greeting: this port expects TLS from the first byte</source>
        <translation>sunucu SMTP karşılaması yerine bir TLS kaydı gönderdi: bu port ilk bayttan itibaren TLS bekliyor</translation>
    </message>
    <message>
        <source>malformed reply: %1</source>
        <translation>bozuk yanıt: %1</translation>
    </message>
    <message>
        <source>the server sent something that is not an SMTP greeting and closed the connection</source>
        <translation>sunucu SMTP karşılaması olmayan bir şey gönderdi ve bağlantıyı kapattı</translation>
    </message>
    <message>
        <source>the server closed the connection (step: %1)</source>
        <translation>sunucu bağlantıyı kapattı (adım: %1)</translation>
    </message>
    <message>
        <source>the certificate&apos;s SHA-256 fingerprint is not the pinned one; %1</source>
        <translation>sertifikanın SHA-256 parmak izi sabitlenmiş parmak izi değil; %1</translation>
    </message>
    <message>
        <source>no connection within %1 ms</source>
        <translation>%1 ms içinde bağlantı kurulamadı</translation>
    </message>
    <message>
        <source>the TLS handshake did not finish within %1 ms</source>
        <translation>TLS el sıkışması %1 ms içinde tamamlanmadı</translation>
    </message>
    <message>
        <source>no reply within %1 ms (step: %2)</source>
        <translation>%1 ms içinde yanıt gelmedi (adım: %2)</translation>
    </message>
    <message>
        <source>the session took longer than %1 ms</source>
        <translation>oturum %1 ms&apos;den uzun sürdü</translation>
    </message>
    <message>
        <source>the server is closing the connection</source>
        <translation>sunucu bağlantıyı kapatıyor</translation>
    </message>
    <message>
        <source>a reply arrived although no command was sent</source>
        <translation>hiçbir komut gönderilmediği hâlde bir yanıt geldi</translation>
    </message>
    <message>
        <source>the server is closing the connection (421)</source>
        <translation>sunucu bağlantıyı kapatıyor (421)</translation>
    </message>
    <message>
        <source>the server refused the connection in its greeting</source>
        <translation>sunucu karşılamasında bağlantıyı reddetti</translation>
    </message>
    <message>
        <source>%1 refused temporarily</source>
        <translation>%1 geçici olarak reddedildi</translation>
    </message>
    <message>
        <source>the server did not accept HELO or EHLO</source>
        <translation>sunucu HELO veya EHLO kabul etmedi</translation>
    </message>
    <message>
        <source>EHLO was rejected, so the server cannot offer STARTTLS; falling back to HELO would go without TLS</source>
        <translation>EHLO reddedildi, bu yüzden sunucu STARTTLS sunamıyor; HELO&apos;ya geri dönmek TLS olmadan devam etmek olurdu</translation>
    </message>
    <message>
        <source>EHLO was rejected, so the server cannot offer AUTH</source>
        <translation>EHLO reddedildi, bu yüzden sunucu AUTH sunamıyor</translation>
    </message>
    <message>
        <source>the server&apos;s EHLO reply does not offer STARTTLS</source>
        <translation>sunucunun EHLO yanıtında STARTTLS sunulmuyor</translation>
    </message>
    <message>
        <source>the server answered STARTTLS with %1</source>
        <translation>sunucu STARTTLS komutuna %1 koduyla yanıt verdi</translation>
    </message>
    <message>
        <source>the server sent data after &quot;220&quot; to STARTTLS, before the TLS handshake</source>
        <translation>sunucu STARTTLS komutuna verdiği &quot;220&quot; yanıtından sonra, TLS el sıkışmasından önce veri gönderdi</translation>
    </message>
    <message>
        <source>the connection is not encrypted and sending the password in clear was not allowed</source>
        <translation>bağlantı şifreli değil ve parolanın şifresiz gönderilmesine izin verilmedi</translation>
    </message>
    <message>
        <source>the server&apos;s EHLO reply does not offer AUTH</source>
        <translation>sunucunun EHLO yanıtında AUTH sunulmuyor</translation>
    </message>
    <message>
        <source>wanted %1, the server offers %2</source>
        <translation>istenen: %1, sunucunun sunduğu: %2</translation>
    </message>
    <message>
        <source>the server sent a challenge %1 cannot answer; the exchange was cancelled</source>
        <translation>sunucu, %1 yönteminin yanıtlayamayacağı bir soru gönderdi; işlem iptal edildi</translation>
    </message>
    <message>
        <source>AUTH %1 failed</source>
        <translation>AUTH %1 başarısız oldu</translation>
    </message>
    <message>
        <source>an address is not ASCII and the server does not offer SMTPUTF8</source>
        <translation>bir adreste ASCII dışı karakter var ve sunucu SMTPUTF8 sunmuyor</translation>
    </message>
    <message>
        <source>the message has %1 bytes, the server accepts at most %2</source>
        <translation>ileti %1 bayt, sunucu en fazla %2 bayt kabul ediyor</translation>
    </message>
    <message>
        <source>&lt;%1 octets of message data&gt;</source>
        <translation>&lt;%1 baytlık ileti verisi&gt;</translation>
    </message>
    <message>
        <source>the server refused the sender</source>
        <translation>sunucu göndereni reddetti</translation>
    </message>
    <message>
        <source>the server refused a recipient</source>
        <translation>sunucu bir alıcıyı reddetti</translation>
    </message>
    <message>
        <source>the server refused DATA</source>
        <translation>sunucu DATA komutunu reddetti</translation>
    </message>
    <message>
        <source>the server refused the message</source>
        <translation>sunucu iletiyi reddetti</translation>
    </message>
    <message>
        <source>no greeting within %1 ms</source>
        <translation>%1 ms içinde karşılama gelmedi</translation>
    </message>
    <message>
        <source>no greeting, but the server answered a TLS handshake: this port expects TLS from the first byte</source>
        <translation>karşılama gelmedi, ancak sunucu bir TLS el sıkışmasına yanıt verdi: bu port ilk bayttan itibaren TLS bekliyor</translation>
    </message>
    <message>
        <source>no greeting within %1 ms on port 465, which is meant for TLS from the first byte</source>
        <translation>465 portunda %1 ms içinde karşılama gelmedi; bu port ilk bayttan itibaren TLS içindir</translation>
    </message>
    <message>
        <source>no greeting within %1 ms, and no answer to a TLS handshake either</source>
        <translation>%1 ms içinde karşılama gelmedi, TLS el sıkışmasına da yanıt verilmedi</translation>
    </message>
    <message>
        <source>the server greets in plaintext: this port expects STARTTLS (or no TLS), not TLS from the first byte</source>
        <translation>sunucu şifresiz karşılıyor: bu port ilk bayttan itibaren TLS değil, STARTTLS (veya TLS&apos;siz bağlantı) bekliyor</translation>
    </message>
    <message>
        <source>the server sent a reply nobody asked for</source>
        <translation>sunucu, istenmemiş bir yanıt gönderdi</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>kullanıcı tarafından iptal edildi</translation>
    </message>
    <message>
        <source>user name contains a control character</source>
        <translation>kullanıcı adında bir denetim karakteri var</translation>
    </message>
    <message>
        <source>Warning: the server&apos;s certificate is not the pinned one; it is accepted because it is valid for %1 without the pin</source>
        <translation>Uyarı: sunucunun sertifikası sabitlenmiş sertifika değil; sabitleme olmadan da %1 için geçerli olduğundan kabul edildi</translation>
    </message>
</context>
<context>
    <name>Postaci::SourceList</name>
    <message>
        <source>Where Postacı looked</source>
        <translation>Postacı&apos;nın baktığı yerler</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Sorulan</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Yanıt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Süre</translation>
    </message>
    <message numerus="yes">
        <source>found %n suggestion(s)</source>
        <translation>
            <numerusform>%n öneri bulundu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>Postaci::SpfCheck</name>
    <message>
        <source>no resolver</source>
        <translation>çözümleyici yok</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain that can be looked up</source>
        <translation>&quot;%1&quot; sorgulanabilecek bir alan adı değil</translation>
    </message>
    <message>
        <source>DNS error for TXT %1: %2</source>
        <translation>TXT %1 için DNS hatası: %2</translation>
    </message>
    <message>
        <source>no SPF record at %1</source>
        <translation>%1 adında SPF kaydı yok</translation>
    </message>
    <message>
        <source>more than one SPF record at %1</source>
        <translation>%1 adında birden fazla SPF kaydı var</translation>
    </message>
    <message>
        <source>syntax error at %1: %2</source>
        <translation>%1 adındaki kayıtta söz dizimi hatası: %2</translation>
    </message>
    <message>
        <source>more than %1 DNS lookups</source>
        <translation>%1 taneden fazla DNS sorgusu</translation>
    </message>
    <message>
        <source>more than %1 void lookups</source>
        <translation>%1 taneden fazla boş sorgu</translation>
    </message>
    <message>
        <source>cannot expand &quot;%1&quot;</source>
        <translation>&quot;%1&quot; açılamıyor</translation>
    </message>
    <message>
        <source>%1 has no SPF record (include:)</source>
        <translation>%1 adının SPF kaydı yok (include:)</translation>
    </message>
    <message>
        <source>DNS error for %1 %2: %3</source>
        <translation>%1 %2 için DNS hatası: %3</translation>
    </message>
    <message>
        <source>cannot expand redirect=%1</source>
        <translation>redirect=%1 açılamıyor</translation>
    </message>
    <message>
        <source>%1 has no SPF record (redirect=)</source>
        <translation>%1 adının SPF kaydı yok (redirect=)</translation>
    </message>
    <message>
        <source>no mechanism matched</source>
        <translation>hiçbir mekanizma eşleşmedi</translation>
    </message>
    <message>
        <source>DNS error for MX %1: %2</source>
        <translation>MX %1 için DNS hatası: %2</translation>
    </message>
    <message>
        <source>more than %1 MX names for %2</source>
        <translation>%2 için %1 taneden fazla MX adı</translation>
    </message>
    <message>
        <source>DNS error for the address of an MX host</source>
        <translation>bir MX sunucusunun adresi için DNS hatası</translation>
    </message>
</context>
<context>
    <name>Postaci::TestAllDialog</name>
    <message>
        <source>Test all accounts</source>
        <translation>Tüm hesapları test et</translation>
    </message>
    <message>
        <source>%v of %m tested</source>
        <translation>%m hesaptan %v tanesi test edildi</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesap</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test ediliyor…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <source>%1 of %2 accounts work.</source>
        <translation>%2 hesaptan %1 tanesi çalışıyor.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Not tested (cancelled)</source>
        <translation>Test edilmedi (iptal edildi)</translation>
    </message>
</context>
<context>
    <name>Postaci::TestMessage</name>
    <message>
        <source>Postacı test message</source>
        <translation>Postacı test iletisi</translation>
    </message>
    <message>
        <source>Hello,

this is a test message sent by Postacı to check that this e-mail account can send mail.
If you can read it, sending works. You can delete this message.</source>
        <translation>Merhaba,

Bu, bu e-posta hesabının e-posta gönderebildiğini kontrol etmek için Postacı tarafından gönderilen bir test iletisidir.
Bunu okuyabiliyorsanız gönderim çalışıyor. Bu iletiyi silebilirsiniz.</translation>
    </message>
    <message>
        <source>The test id may only contain letters, digits, &quot;-&quot;, &quot;.&quot; and &quot;_&quot;.</source>
        <translation>Test kimliği yalnızca harf, rakam, &quot;-&quot;, &quot;.&quot; ve &quot;_&quot; içerebilir.</translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not valid: %2</source>
        <translation>Gönderen adresi &quot;%1&quot; geçerli değil: %2</translation>
    </message>
    <message>
        <source>The recipient address &quot;%1&quot; is not valid: %2</source>
        <translation>Alıcı adresi &quot;%1&quot; geçerli değil: %2</translation>
    </message>
    <message>
        <source>Test id: %1</source>
        <translation>Test kimliği: %1</translation>
    </message>
    <message>
        <source>The sender address contains a line break or a NUL character, which could be used to add header fields or commands; remove it.</source>
        <translation>Gönderen adresinde satır sonu veya NUL karakteri var; bu, başlık alanı ya da komut eklemek için kullanılabilir. Lütfen kaldırın.</translation>
    </message>
    <message>
        <source>The sender name contains a line break or a NUL character, which could be used to add header fields or commands; remove it.</source>
        <translation>Gönderen adında satır sonu veya NUL karakteri var; bu, başlık alanı ya da komut eklemek için kullanılabilir. Lütfen kaldırın.</translation>
    </message>
    <message>
        <source>The recipient address contains a line break or a NUL character, which could be used to add header fields or commands; remove it.</source>
        <translation>Alıcı adresinde satır sonu veya NUL karakteri var; bu, başlık alanı ya da komut eklemek için kullanılabilir. Lütfen kaldırın.</translation>
    </message>
    <message>
        <source>The recipient name contains a line break or a NUL character, which could be used to add header fields or commands; remove it.</source>
        <translation>Alıcı adında satır sonu veya NUL karakteri var; bu, başlık alanı ya da komut eklemek için kullanılabilir. Lütfen kaldırın.</translation>
    </message>
    <message>
        <source>The subject contains a line break or a NUL character, which could be used to add header fields or commands; remove it.</source>
        <translation>Konuda satır sonu veya NUL karakteri var; bu, başlık alanı ya da komut eklemek için kullanılabilir. Lütfen kaldırın.</translation>
    </message>
    <message>
        <source>The test id contains a line break or a NUL character, which could be used to add header fields or commands; remove it.</source>
        <translation>Test kimliğinde satır sonu veya NUL karakteri var; bu, başlık alanı ya da komut eklemek için kullanılabilir. Lütfen kaldırın.</translation>
    </message>
    <message>
        <source>The message text contains a NUL character or a carriage return without a line feed.</source>
        <translation>İleti metninde NUL karakteri veya satır beslemesi (LF) olmadan satır başı (CR) var.</translation>
    </message>
</context>
<context>
    <name>Postaci::TestSendJob</name>
    <message>
        <source>no password was given and none is saved in the keychain</source>
        <translation>parola verilmedi ve anahtarlıkta kayıtlı bir parola yok</translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>Parola anahtar zincirinden okunuyor…</translation>
    </message>
    <message>
        <source>Checking that %1 accepts mail…</source>
        <translation>%1 alan adının e-posta kabul ettiği kontrol ediliyor…</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain %1 accepts mail (no MX record; its own address is used).</source>
        <translation>Alıcının alan adı %1 e-posta kabul ediyor (MX kaydı yok; alan adının kendi adresi kullanılıyor).</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain %1 accepts mail (MX: %2).</source>
        <translation>Alıcının alan adı %1 e-posta kabul ediyor (MX: %2).</translation>
    </message>
    <message>
        <source>Could not check in time whether the recipient&apos;s domain %1 accepts mail; sending anyway.</source>
        <translation>Alıcının alan adı %1 için e-posta kabul edip etmediği zamanında kontrol edilemedi; yine de gönderiliyor.</translation>
    </message>
    <message>
        <source>Could not check whether the recipient&apos;s domain %1 accepts mail (%2); sending anyway.</source>
        <translation>Alıcının alan adı %1 için e-posta kabul edip etmediği kontrol edilemedi (%2); yine de gönderiliyor.</translation>
    </message>
    <message>
        <source>The test result could not be saved with the account: %1</source>
        <translation>Test sonucu hesapla birlikte kaydedilemedi: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed: it is not the certificate pinned for %1. It is valid for that host, so the test went on. If you did not expect a new certificate, check it before trusting this server; otherwise pin the new one.</source>
        <translation>Sunucunun sertifikası değişti: %1 için sabitlenmiş sertifika bu değil. Bu sunucu adı için geçerli olduğundan teste devam edildi. Yeni bir sertifika beklemiyorduysanız bu sunucuya güvenmeden önce sertifikayı kontrol edin; bekliyorduysanız yenisini sabitleyin.</translation>
    </message>
    <message>
        <source>Reading the sign-in from the keychain…</source>
        <translation>Oturum bilgisi anahtar zincirinden okunuyor…</translation>
    </message>
    <message>
        <source>The access token has expired; renewing it at %1…</source>
        <translation>Erişim belirtecinin süresi doldu; %1 üzerinde yenileniyor…</translation>
    </message>
    <message>
        <source>The access token was renewed and saved in the keychain.</source>
        <translation>Erişim belirteci yenilendi ve anahtar zincirine kaydedildi.</translation>
    </message>
    <message>
        <source>the provider refused the saved sign-in</source>
        <translation>sağlayıcı kayıtlı oturumu reddetti</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>oturum açılmamış</translation>
    </message>
</context>
<context>
    <name>Postaci::TranscriptView</name>
    <message>
        <source>Transcript of the conversation with the server</source>
        <translation>Sunucuyla yapılan konuşmanın kaydı</translation>
    </message>
    <message>
        <source>The conversation with the server appears here while a test runs.</source>
        <translation>Bir test çalışırken sunucuyla yapılan konuşma burada görünür.</translation>
    </message>
</context>
<context>
    <name>Postaci::VerifyPage</name>
    <message>
        <source>Testing the settings</source>
        <translation>Ayarlar test ediliyor</translation>
    </message>
    <message>
        <source>Postacı connects to the server, sets up encryption and signs in, without sending any mail.</source>
        <translation>Postacı sunucuya bağlanır, şifrelemeyi kurar ve oturum açar; hiçbir e-posta göndermez.</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>&amp;Yeniden test et</translation>
    </message>
    <message>
        <source>The test did not succeed. Apply a suggestion above, go back and change the settings, or save the account anyway and fix it later.</source>
        <translation>Test başarılı olmadı. Yukarıdaki önerilerden birini uygulayın, geri dönüp ayarları değiştirin ya da hesabı yine de kaydedip sorunu daha sonra giderin.</translation>
    </message>
    <message>
        <source>%1, port %2, %3; user name: %4</source>
        <translation>%1, port %2, %3; kullanıcı adı: %4</translation>
    </message>
    <message>
        <source>(no sign-in)</source>
        <translation>(oturum açmadan)</translation>
    </message>
    <message>
        <source>Use another server name?</source>
        <translation>Başka bir sunucu adı kullanılsın mı?</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>%1 &amp;kullan</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown language &quot;%1&quot;: use tr or en.</source>
        <translation>Bilinmeyen dil: &quot;%1&quot;. tr veya en kullanın.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Bilinmeyen komut: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Language of the interface (tr or en).</source>
        <translation>Arayüzün dili (tr veya en).</translation>
    </message>
    <message>
        <source>Usage: postaci-cli [--lang tr|en] COMMAND [OPTIONS]

Commands:
  probe      Check that an SMTP server accepts a connection, TLS and your login
  send-test  Send a test e-mail through an SMTP server or a saved account
  lookup     Find a provider&apos;s SMTP settings from an e-mail address or domain
  accounts   List, show, add, remove or test saved accounts
  check-domain  Will my mail arrive? SPF, DKIM, DMARC, MTA-STS and MX of a sender&apos;s domain
  export     Write a saved account&apos;s settings for another program

Global options:
  --lang tr|en   Language of the messages (default: the system&apos;s)
  --version      Print the version and exit
  --help         Print this help; COMMAND --help prints the command&apos;s own
</source>
        <translation>Kullanım: postaci-cli [--lang tr|en] KOMUT [SEÇENEKLER]

Komutlar:
  probe      Bir SMTP sunucusunun bağlantıyı, TLS&apos;yi ve oturum açmanızı kabul ettiğini kontrol et
  send-test  Bir SMTP sunucusu veya kayıtlı bir hesap üzerinden test e-postası gönder
  lookup     Bir e-posta adresinden veya alan adından sağlayıcının SMTP ayarlarını bul
  accounts   Kayıtlı hesapları listele, göster, ekle, kaldır veya test et
  check-domain  Postalarım ulaşacak mı? Gönderen alan adının SPF, DKIM, DMARC, MTA-STS ve MX kayıtları
  export     Kayıtlı bir hesabın ayarlarını başka bir program için yaz

Genel seçenekler:
  --lang tr|en   İletilerin dili (varsayılan: sistemin dili)
  --version      Sürümü yazdır ve çık
  --help         Bu yardımı yazdır; KOMUT --help, komutun kendi yardımını yazdırır
</translation>
    </message>
</context>
</TS>
