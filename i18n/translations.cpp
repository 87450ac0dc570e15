// Holds the compiled translations (:/i18n/openmayor_*.qm) as resources; see CMakeLists.txt.
namespace openmayor {
int translationsAnchor()
{
    return 0;
}
} // namespace openmayor
