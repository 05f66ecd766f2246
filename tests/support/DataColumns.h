#pragma once

#include <QTest>

namespace authscope::test {

// The columns of a data-driven test in one statement, one name per type and in the same order:
// addColumns<QString, int>("kty", "bits") is QTest::addColumn<QString>("kty"); QTest::addColumn<int>("bits").
// A name too many or too few does not compile.
template <typename... Types, typename... Names>
void addColumns(const Names&... names)
{
    static_assert(sizeof...(Types) == sizeof...(Names), "one column name per column type");
    (QTest::addColumn<Types>(names), ...);
}

} // namespace authscope::test
