"""The dossier editor and the widgets it is made of."""
