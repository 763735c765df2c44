#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Takt {

/** What happens between main() and the first window: application identity, translations,
 *  the offer to recover documents a crash left behind, and the windows to open. */
class Startup
{
    Q_DECLARE_TR_FUNCTIONS(Startup)

public:
    static constexpr const char *ApplicationId = "org.taktapp.Takt";

    static void configureApplication();
    /** Before a command's QGuiApplication: a private runtime folder when the session has none
     *  (ssh, CI), so that Qt does not warn about it on every command. */
    static void prepareHeadlessEnvironment();
    /** Opens a window per file (or one empty document); false when nothing could be opened. */
    bool openWindows(const QStringList &files);

    /** Test automation: retitles the first window's workshop and says "edited" on stdout. */
    void applyAutomationTitle(const QString &title);

private:
    void offerRecovery();
};

} // namespace Takt
