#include "Cli.h"

QStringList Cli::commands()
{
    return {QStringLiteral("new"),    QStringLiteral("info"),   QStringLiteral("check"),
            QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("generate")};
}

int Cli::run(const QStringList &, QTextStream &, QTextStream &err)
{
    err << "not implemented yet\n";
    return CannotOpen;
}
