// The script's completion value: UpdateEmpty rules.
1;
if (true) {}
2;
{}
var x;
do { 3; if (x) break; } while (false);
try { 4; } finally { 5; }
