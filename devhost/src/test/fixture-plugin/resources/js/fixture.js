window.fixtureLoaded = true;
