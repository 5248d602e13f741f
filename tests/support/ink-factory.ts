/** Small ink scripts with known shapes, for the authoring checks. Line numbers are noted where tests rely on them. */
export const inkScripts = {
  /** Two choice points; best total 2+3 = 5, worst -1+0 = -1; tone best 2, worst -1. */
  scored: () => `-> accueil
=== accueil ===
Le client : Bonjour.
* [Bonjour, service client, je vous écoute #greeting:1 #tone:1]
    -> besoin
* [Allô ? #tone:-1]
    -> besoin
=== besoin ===
Le client : Ma commande n’est pas arrivée.
* [Je regarde votre commande tout de suite #solution:2 #tone:1]
    -> fin
* [Ce n’est pas mon service #solution:0]
    -> fin
=== fin ===
Le client : Merci.
-> END
`,
  /** The knot « oubli » (line 8) is never diverted to. */
  unreachable: () => `-> a
=== a ===
* [Bonjour #greeting:1]
    -> fin
=== fin ===
Au revoir.
-> END
=== oubli ===
Personne ne vient ici.
-> END
`,
  /** The second choice of « a » runs out of content inside the knot « perdu » (header line 7, loose end line 8). */
  deadEnd: () => `-> a
=== a ===
* [Bonjour #greeting:1]
    -> END
* [Euh #greeting:-1]
    -> perdu
=== perdu ===
Le client attend.
`,
  /** Ends at once: there is nothing to play. */
  noChoice: () => `Bonjour.
-> END
`,
  /** Does not compile: a divert to a knot that does not exist, on line 3. */
  broken: () => `-> a
=== a ===
* [Bonjour #greeting:1] -> nulle_part
`,
};
