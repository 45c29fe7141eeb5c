#pragma once

#include "discovery/lookupreport.h"
#include "discovery/servercandidate.h"
#include "discovery/sourceoutcome.h"
#include "smtp/sessionsettings.h"

#include <QPointer>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace Postaci {

class AccountWizard;
class CandidateList;
class SettingsFinder;
class SourceList;

// Where the mail goes: a lookup for the address starts when the page opens, its suggestions
// appear one by one with their source and trust, and choosing one fills host, port, security
// and sign-in method. Every field stays editable; choosing a port suggests its security mode.
class ServerPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ServerPage(AccountWizard *wizard);
    ~ServerPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    // Back keeps what was typed (QWizard's default would reset the fields); a lookup stops.
    void cleanupPage() override;

    bool isLookupRunning() const;
    void startLookup();
    void stopLookup();
    // The address the last lookup was for (edit mode starts with the saved account's).
    void setLookedUpAddress(const QString &address) { m_lookedUpAddress = address; }

    // Setting fields from code (a saved account, a remedy) is not a user edit and suggests nothing.
    // Host, port, security and sign-in method from settings; fields already equal stay untouched.
    void setServerSettings(const SessionSettings &settings);
    void setHost(const QString &host);
    void setPort(quint16 port);
    void setSecurity(Security security);
    void setAuth(AuthMethod auth);
    // Once the user (or a saved account) decided, lookups stop filling the fields by themselves.
    void setFieldsEditedByUser(bool edited) { m_userEditedFields = edited; }
    Security security() const;
    AuthMethod auth() const;

    // Fills the fields from a suggestion (what selecting it in the list does).
    void applyCandidate(const ServerCandidate &candidate);
    CandidateList *candidateList() const { return m_candidates; }

    // 465 → SSL/TLS, 587 and 25 → STARTTLS (RFC 8314, RFC 6409); nothing for other ports.
    static std::optional<Security> suggestedSecurity(quint16 port);

    // After a lookup that found nothing: what each usual name (smtp.<domain>, mail.<domain>,
    // <domain>) did — resolved or not, and what its ports answered — one line per name, from the
    // lookup's own source outcomes. Empty when no name was tried (guessing was off).
    static QString guessedNamesSummary(const LookupReport &report);
    // The usual name most worth trying: the first one (in the guesser's order) that exists.
    static QString likelyGuessedHost(const LookupReport &report);

private:
    void candidateFound(const ServerCandidate &candidate);
    void lookupFinished(const LookupReport &report);
    // Nothing found: the details of where Postacı looked, and the likely name in the field.
    void showNothingFound(const LookupReport &report);
    void autoSelect(const ServerCandidate &candidate);
    void portEdited(int port);
    void securityEdited();
    void fieldsEdited();
    void updateHostError();
    void updateProviderNote();
    QString hostError() const;
    // The catalog provider of the address's domain, if any.
    QString addressProviderId() const;

    AccountWizard *m_wizard;
    QPointer<SettingsFinder> m_finder;
    QString m_lookedUpAddress;
    bool m_applying = false; // fields are being filled by code, not by the user
    bool m_userEditedFields = false;
    bool m_autoSelecting = false; // the selection changes because a trusted suggestion arrived

    QLabel *m_lookupStatus = nullptr;
    QProgressBar *m_lookupProgress = nullptr;
    QPushButton *m_stopLookup = nullptr;
    QPushButton *m_lookupAgain = nullptr;
    CandidateList *m_candidates = nullptr;
    QToolButton *m_detailsToggle = nullptr;
    QWidget *m_details = nullptr;
    SourceList *m_sources = nullptr;
    QLabel *m_guesses = nullptr;
    QLabel *m_providerNote = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_hostError = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QComboBox *m_auth = nullptr;
    QLabel *m_portHint = nullptr;
};

} // namespace Postaci
