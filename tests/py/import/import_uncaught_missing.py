print("about to import")
import no_such_module_here
