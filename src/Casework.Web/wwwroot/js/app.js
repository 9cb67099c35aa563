// Casework's own progressive enhancements (loaded as a module after GOV.UK Frontend's initAll).
// Every page must work without JavaScript; add behaviour here only on top of working HTML.
