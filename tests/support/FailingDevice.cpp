#include "FailingDevice.h"

FailingDevice::FailingDevice(qint64 capacity, QObject *parent)
    : QIODevice(parent)
    , m_capacity(capacity)
{}

qint64 FailingDevice::readData(char *, qint64)
{
    return -1;
}

qint64 FailingDevice::writeData(const char *data, qint64 size)
{
    if (m_data.size() + size > m_capacity) {
        setErrorString(QStringLiteral("No space left on device"));
        return -1;
    }
    m_data.append(data, size);
    return size;
}
