#include "serverpage.h"

#include "account/emailaddress.h"
#include "accountwizard.h"
#include "candidatelist.h"
#include "discovery/providercatalog.h"
#include "discovery/serverguesser.h"
#include "discovery/settingsfinder.h"
#include "labels.h"
#include "smtp/servertext.h"
#include "sourcelist.h"
#include "statuscolors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

// Our own catalog text, escaped, with its https links made clickable.
QString linkified(const QString &text)
{
    QString html = text.toHtmlEscaped();
    static const QRegularExpression url(u"https://[^\\s<>\"]+[^\\s<>\".,;:)]"_s);
    html.replace(url, u"<a href=\"\\0\">\\0</a>"_s);
    return html;
}

} // namespace

ServerPage::ServerPage(AccountWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"serverPage"_s);
    setTitle(tr("Outgoing mail server"));
    setSubTitle(tr("Postacı looks up your provider's settings. Choose one of the suggestions, or type the "
                   "server your provider or host gave you."));

    m_lookupStatus = noteLabel(this);
    m_lookupStatus->setObjectName(u"lookupStatus"_s);
    m_lookupProgress = new QProgressBar(this);
    m_lookupProgress->setObjectName(u"lookupProgress"_s);
    m_lookupProgress->setRange(0, 0);
    m_lookupProgress->setMaximumWidth(100);
    m_lookupProgress->setTextVisible(false);
    m_lookupProgress->setAccessibleName(tr("Looking up settings"));
    m_lookupProgress->hide();
    m_stopLookup = new QPushButton(tr("&Stop looking"), this);
    m_stopLookup->setObjectName(u"stopLookupButton"_s);
    m_stopLookup->hide();
    m_lookupAgain = new QPushButton(tr("&Look up again"), this);
    m_lookupAgain->setObjectName(u"lookupAgainButton"_s);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_lookupStatus, 1);
    statusRow->addWidget(m_lookupProgress);
    statusRow->addWidget(m_stopLookup);
    statusRow->addWidget(m_lookupAgain);

    // "Nothing found": where Postacı looked, collapsed under the sentence (the lookup dialog's
    // list), and what became of the usual names.
    m_detailsToggle = new QToolButton(this);
    m_detailsToggle->setObjectName(u"lookupDetailsButton"_s);
    m_detailsToggle->setText(tr("Show &where Postacı looked"));
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setAutoRaise(true);
    m_detailsToggle->hide();
    m_details = new QWidget(this);
    m_details->setObjectName(u"lookupDetails"_s);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_guesses = noteLabel(m_details);
    m_guesses->setObjectName(u"guessedNames"_s);
    m_guesses->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sources = new SourceList(m_details);
    m_sources->setMinimumHeight(90);
    detailsLayout->addWidget(m_guesses);
    detailsLayout->addWidget(m_sources, 1);
    m_details->hide();
    connect(m_detailsToggle, &QToolButton::toggled, this, [this](bool open) {
        m_detailsToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_details->setVisible(open);
    });

    m_candidates = new CandidateList(this);
    m_candidates->setMinimumHeight(90);

    m_providerNote = new QLabel(this);
    m_providerNote->setObjectName(u"providerNote"_s);
    m_providerNote->setWordWrap(true);
    m_providerNote->setTextFormat(Qt::RichText);
    m_providerNote->setOpenExternalLinks(true);
    m_providerNote->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_providerNote->hide();

    m_host = new QLineEdit(this);
    m_host->setObjectName(u"hostEdit"_s);
    m_host->setPlaceholderText(tr("e.g. mail.example.com.tr"));
    m_host->setAccessibleName(tr("Server"));
    m_host->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_hostError = noteLabel(this);
    m_hostError->setObjectName(u"hostError"_s);
    m_hostError->setPalette(StatusColors::withText(m_hostError->palette(),
                                                   StatusColors::error(m_hostError->palette())));
    m_hostError->hide();
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"portSpinBox"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    // Suggest a security mode for the port typed, not for every number on the way to it
    // (typing 2525 passes through 25).
    m_port->setKeyboardTracking(false);
    m_port->setAccessibleName(tr("Port"));
    m_security = new QComboBox(this);
    m_security->setObjectName(u"securityComboBox"_s);
    m_security->setAccessibleName(tr("Security"));
    for (Security security : {Security::ImplicitTls, Security::StartTls, Security::None})
        m_security->addItem(SettingsLabels::security(security), int(security));
    m_security->setCurrentIndex(m_security->findData(int(Security::StartTls)));
    m_auth = new QComboBox(this);
    m_auth->setObjectName(u"authComboBox"_s);
    m_auth->setAccessibleName(tr("Sign-in method"));
    for (AuthMethod method : {AuthMethod::Auto, AuthMethod::Plain, AuthMethod::Login, AuthMethod::CramMd5,
                              AuthMethod::XOAuth2, AuthMethod::None})
        m_auth->addItem(SettingsLabels::auth(method), int(method));
    m_portHint = noteLabel(this);
    m_portHint->setObjectName(u"portHint"_s);
    m_portHint->hide();

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Ser&ver:"), m_host);
    form->addRow(QString(), m_hostError);
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_port);
    auto *securityLabel = new QLabel(tr("Se&curity:"), this);
    securityLabel->setBuddy(m_security);
    portRow->addSpacing(12);
    portRow->addWidget(securityLabel);
    portRow->addWidget(m_security, 1);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port); // a row holding a layout gets no buddy from QFormLayout
    form->addRow(portLabel, portRow);
    form->addRow(QString(), m_portHint);
    form->addRow(tr("Sign-in &method:"), m_auth);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addWidget(m_detailsToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_candidates, 1);
    layout->addWidget(m_providerNote);
    layout->addLayout(form);

    // The form's labels take their buddies from addRow; fix the tab order to read top-down.
    setTabOrder(m_candidates, m_host);
    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_security);
    setTabOrder(m_security, m_auth);

    registerField(u"host"_s, m_host);
    registerField(u"port"_s, m_port);
    registerField(u"security"_s, m_security, "currentData", SIGNAL(currentIndexChanged(int)));
    registerField(u"auth"_s, m_auth, "currentData", SIGNAL(currentIndexChanged(int)));

    connect(m_lookupAgain, &QPushButton::clicked, this, &ServerPage::startLookup);
    connect(m_stopLookup, &QPushButton::clicked, this, &ServerPage::stopLookup);
    connect(m_candidates, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const auto candidate = m_candidates->candidate(item);
        if (!candidate)
            return;
        applyCandidate(*candidate);
        // The user's own choice: the lookup's final ranking must not replace it.
        if (!m_autoSelecting)
            m_userEditedFields = true;
    });
    connect(m_host, &QLineEdit::textChanged, this, [this] {
        fieldsEdited();
        updateHostError();
        Q_EMIT completeChanged();
    });
    connect(m_port, &QSpinBox::valueChanged, this, &ServerPage::portEdited);
    connect(m_security, &QComboBox::currentIndexChanged, this, &ServerPage::securityEdited);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ServerPage::fieldsEdited);
    connect(m_wizard, &AccountWizard::providerChanged, this, &ServerPage::updateProviderNote);
}

ServerPage::~ServerPage()
{
    if (m_finder) {
        disconnect(m_finder, nullptr, this, nullptr);
        m_finder->cancel();
    }
}

void ServerPage::initializePage()
{
    const QString address = field(u"email"_s).toString().trimmed();
    if (address != m_lookedUpAddress)
        startLookup();
    updateHostError();
}

void ServerPage::cleanupPage()
{
    stopLookup();
}

bool ServerPage::validatePage()
{
    // Going on while the lookup still runs means the user has what they need: stop it (cancel
    // is immediate, nothing waits).
    if (isLookupRunning())
        stopLookup();
    return isComplete();
}

bool ServerPage::isLookupRunning() const
{
    return m_finder && m_finder->isRunning();
}

void ServerPage::startLookup()
{
    stopLookup();
    const QString address = field(u"email"_s).toString().trimmed();
    m_lookedUpAddress = address;
    const EmailAddress target = EmailAddress::parseEmailOrDomain(address);
    if (!target.isValid()) {
        m_lookupStatus->setText(tr("This address cannot be looked up; type the server below."));
        return;
    }
    m_candidates->setCandidates({});
    m_candidates->show();
    m_detailsToggle->setChecked(false);
    m_detailsToggle->hide();
    if (!m_userEditedFields)
        m_wizard->setProviderId(addressProviderId()); // a new address: the old one's provider no longer applies

    auto *finder = new SettingsFinder(m_wizard->connectionOptions().finder(), this);
    m_finder = finder;
    connect(finder, &SettingsFinder::candidateFound, this, &ServerPage::candidateFound);
    connect(finder, &SettingsFinder::candidateUpdated, m_candidates, &CandidateList::addOrUpdate);
    connect(finder, &SettingsFinder::finished, this, &ServerPage::lookupFinished);
    m_lookupStatus->setText(tr("Looking up the settings for %1…").arg(target.domain()));
    m_lookupProgress->show();
    m_stopLookup->show();
    m_lookupAgain->hide();
    finder->start(target);
}

void ServerPage::stopLookup()
{
    if (m_finder)
        m_finder->cancel(); // finished() comes at once
}

void ServerPage::candidateFound(const ServerCandidate &candidate)
{
    m_candidates->addOrUpdate(candidate);
    // Fill the fields from the first suggestion the core lets us choose (trusted and encrypted,
    // ServerCandidate::isAutoSelectable) while the user has not touched them; any other waits
    // for the user's choice.
    if (!m_userEditedFields && candidate.isAutoSelectable() && !m_candidates->currentItem())
        autoSelect(candidate);
}

void ServerPage::lookupFinished(const LookupReport &report)
{
    m_finder = nullptr;
    m_lookupProgress->hide();
    m_stopLookup->hide();
    m_lookupAgain->show();
    if (!report.cancelled || !report.candidates.isEmpty())
        m_candidates->setCandidates(report.candidates);

    int looked = int(report.sources.size());
    QString status;
    if (report.cancelled)
        status = tr("Lookup stopped. %n suggestion(s) so far.", nullptr, int(report.candidates.size()));
    else if (report.candidates.isEmpty() && !likelyGuessedHost(report).isEmpty())
        status = tr("No settings found in %n place(s) Postacı looked. The usual name %1 exists, so it is filled in "
                    "below; check it against what your provider gave you.",
                    nullptr, looked)
                         .arg(likelyGuessedHost(report));
    else if (report.candidates.isEmpty())
        status = tr("No settings found in %n place(s) Postacı looked. Type the server your provider gave you.", nullptr,
                    looked);
    else
        status = tr("%n suggestion(s) found. The best is selected when it comes from a trusted source.", nullptr,
                    int(report.candidates.size()));
    if (report.deadlineReached)
        status += QLatin1Char(' ') + tr("Some places did not answer in time.");
    m_lookupStatus->setText(status);
    if (!report.cancelled && report.candidates.isEmpty())
        showNothingFound(report);

    if (!m_userEditedFields && !report.candidates.isEmpty() && report.candidates.first().isAutoSelectable())
        autoSelect(report.candidates.first());
}

void ServerPage::showNothingFound(const LookupReport &report)
{
    // An empty suggestion list says nothing; the details take its place.
    m_candidates->hide();
    m_sources->setOutcomes(report.sources);
    const QString guesses = guessedNamesSummary(report);
    m_guesses->setText(guesses);
    m_guesses->setVisible(!guesses.isEmpty());
    m_detailsToggle->show();

    const QString likely = likelyGuessedHost(report);
    // A name that exists is the most likely server; otherwise the example at least carries the
    // user's own domain instead of a generic one.
    m_host->setPlaceholderText(tr("e.g. %1").arg(likely.isEmpty() ? u"mail."_s + report.domain : likely));
    if (!likely.isEmpty() && !m_userEditedFields && m_host->text().trimmed().isEmpty()) {
        setHost(likely);
        updateHostError();
        Q_EMIT completeChanged();
    }
}

namespace {
const QString resolvePrefix = u"A/AAAA "_s; // the query of a guess-resolve outcome (ServerGuesser)

const SourceOutcome *resolveOutcome(const LookupReport &report, const QString &host)
{
    for (const SourceOutcome &outcome : report.sources) {
        if (outcome.name == QLatin1String(SourceNames::guessResolve) && outcome.query == resolvePrefix + host)
            return &outcome;
    }
    return nullptr;
}
} // namespace

QString ServerPage::guessedNamesSummary(const LookupReport &report)
{
    QStringList lines;
    for (const QString &host : ServerGuesser::guessedHosts(report.domain)) {
        const SourceOutcome *resolved = resolveOutcome(report, host);
        if (!resolved)
            continue; // not tried
        QString line = tr("• %1: %2").arg(escapeServerText(host), SourceList::answerText(*resolved));
        for (const SourceOutcome &outcome : report.sources) {
            // A probe's query is "host:port (security)".
            if (outcome.name == QLatin1String(SourceNames::guess) && outcome.query.startsWith(host + QLatin1Char(':')))
                line += u"\n    "_s
                        + tr("%1: %2").arg(escapeServerText(outcome.query.mid(host.size() + 1)),
                                           SourceList::answerText(outcome));
        }
        lines << line;
    }
    if (lines.isEmpty())
        return QString();
    return tr("Usual names Postacı tried:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

QString ServerPage::likelyGuessedHost(const LookupReport &report)
{
    for (const QString &host : ServerGuesser::guessedHosts(report.domain)) {
        const SourceOutcome *resolved = resolveOutcome(report, host);
        if (resolved && resolved->outcome == SourceOutcome::Kind::Found)
            return host;
    }
    return QString();
}

void ServerPage::autoSelect(const ServerCandidate &candidate)
{
    m_autoSelecting = true;
    m_candidates->selectCandidate(candidate);
    m_autoSelecting = false;
}

void ServerPage::applyCandidate(const ServerCandidate &candidate)
{
    m_applying = true;
    m_host->setText(candidate.host);
    m_port->setValue(candidate.port);
    setSecurity(candidate.security);
    setAuth(candidate.auth);
    m_applying = false;
    m_portHint->hide();
    if (!candidate.username.isEmpty())
        m_wizard->setSuggestedUser(candidate.username);
    // A suggestion from autoconfig or the ISPDB names no catalog provider, but the address's
    // provider still has its rules (Gmail's app password stays Gmail's whatever the source).
    m_wizard->setProviderId(candidate.providerId.isEmpty() ? addressProviderId() : candidate.providerId);
    Q_EMIT completeChanged();
}

void ServerPage::fieldsEdited()
{
    if (!m_applying)
        m_userEditedFields = true;
}

QString ServerPage::addressProviderId() const
{
    const EmailAddress target = EmailAddress::parseEmailOrDomain(field(u"email"_s).toString());
    if (!target.isValid())
        return QString();
    const ProviderEntry *provider = ProviderCatalog::builtIn().findByDomain(target.domain());
    return provider ? provider->id : QString();
}

std::optional<Security> ServerPage::suggestedSecurity(quint16 port)
{
    switch (port) {
    case 465:
        return Security::ImplicitTls; // RFC 8314 implicit TLS submission
    case 587:
        return Security::StartTls; // RFC 6409 submission
    case 25:
        return Security::StartTls; // relay port; STARTTLS where it works at all
    default:
        return std::nullopt;
    }
}

void ServerPage::portEdited(int port)
{
    if (m_applying)
        return;
    fieldsEdited();
    const std::optional<Security> suggestion = suggestedSecurity(quint16(port));
    if (!suggestion) {
        m_portHint->hide();
        return;
    }
    m_applying = true;
    setSecurity(*suggestion);
    m_applying = false;
    QString hint = tr("Port %1 is used with %2, so security was set to %2.")
                           .arg(port)
                           .arg(SettingsLabels::security(*suggestion));
    if (port == 25)
        hint += QLatin1Char(' ') + tr("Many internet providers block port 25 for home users; 587 or 465 usually work.");
    m_portHint->setText(hint);
    m_portHint->show();
}

void ServerPage::securityEdited()
{
    if (m_applying)
        return;
    fieldsEdited();
    if (security() == Security::None) {
        m_portHint->setText(
                tr("Without encryption anyone on the network path can read the messages and, if you sign in, "
                   "your password."));
        m_portHint->show();
    } else {
        m_portHint->hide();
    }
}

void ServerPage::setServerSettings(const SessionSettings &settings)
{
    if (m_host->text().trimmed() != settings.host)
        setHost(settings.host);
    if (m_port->value() != settings.port)
        setPort(settings.port);
    if (security() != settings.security)
        setSecurity(settings.security);
    if (auth() != settings.auth)
        setAuth(settings.auth);
}

void ServerPage::setHost(const QString &host)
{
    m_applying = true;
    m_host->setText(host);
    m_applying = false;
}

void ServerPage::setPort(quint16 port)
{
    m_applying = true;
    m_port->setValue(port);
    m_applying = false;
    m_portHint->hide();
}

void ServerPage::setSecurity(Security security)
{
    const bool applying = m_applying;
    m_applying = true;
    m_security->setCurrentIndex(m_security->findData(int(security)));
    m_applying = applying;
}

void ServerPage::setAuth(AuthMethod auth)
{
    const bool applying = m_applying;
    m_applying = true;
    m_auth->setCurrentIndex(m_auth->findData(int(auth)));
    m_applying = applying;
}

Security ServerPage::security() const
{
    return Security(m_security->currentData().toInt());
}

AuthMethod ServerPage::auth() const
{
    return AuthMethod(m_auth->currentData().toInt());
}

QString ServerPage::hostError() const
{
    const QString host = m_host->text().trimmed();
    if (host.isEmpty())
        return QString();
    // Account::validationError() is the rule the save applies; ask it about this host alone.
    Account probe;
    probe.id = Account::newId();
    probe.email = u"postmaster@example.com"_s;
    probe.host = host;
    probe.port = quint16(m_port->value());
    return probe.validationError();
}

void ServerPage::updateHostError()
{
    const QString error = hostError();
    m_hostError->setText(error);
    m_hostError->setVisible(!error.isEmpty());
}

bool ServerPage::isComplete() const
{
    return !m_host->text().trimmed().isEmpty() && hostError().isEmpty();
}

void ServerPage::updateProviderNote()
{
    const ProviderEntry *provider = m_wizard->provider();
    if (!provider) {
        m_providerNote->hide();
        return;
    }
    QStringList parts;
    const QJsonObject format = provider->passwordFormat;
    const QString kind = format.value("kind"_L1).toString();
    const QUrl help(format.value("helpUrl"_L1).toString());
    QString helpLink;
    if (help.isValid() && help.scheme() == "https"_L1)
        helpLink = u" <a href=\"%1\">%2</a>"_s
                           .arg(QString::fromLatin1(help.toEncoded()).toHtmlEscaped(),
                                tr("How to create one").toHtmlEscaped());
    if (kind == "app-password"_L1) {
        parts << tr("%1 accepts mail programs only with an app password, not your normal password.")
                                 .arg(provider->name)
                                 .toHtmlEscaped()
                         + helpLink;
    } else if (kind == "oauth2-only"_L1) {
        parts << tr("%1 allows mail programs to sign in only with OAuth2; a password will not work.")
                         .arg(provider->name)
                         .toHtmlEscaped();
    }
    // The catalog's notes (in the interface's language when the catalog has it) do not name the
    // provider: say whose they are.
    const QString name = u"<b>%1:</b> "_s.arg(provider->name.toHtmlEscaped());
    if (const QString reason = provider->localizedNoSmtpReason(); !reason.isEmpty())
        parts << name + linkified(reason);
    if (const QString notes = provider->localizedNotes(); !notes.isEmpty())
        parts << name + linkified(notes);
    if (parts.isEmpty()) {
        m_providerNote->hide();
        return;
    }
    m_providerNote->setText(parts.join(u"<br>"_s));
    m_providerNote->show();
}

} // namespace Postaci
